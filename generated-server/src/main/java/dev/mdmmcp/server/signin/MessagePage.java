package dev.mdmmcp.server.signin;

import java.util.List;

/** A page that says one thing in plain words: a refusal, an error, a confirmation. */
public record MessagePage(String title, List<String> paragraphs) {

    public MessagePage {
        paragraphs = List.copyOf(paragraphs);
    }

    public static MessagePage of(String title, String... paragraphs) {
        return new MessagePage(title, List.of(paragraphs));
    }
}
