package dev.mdmmcp.server.filter;

import dev.mdmmcp.tool.MethodClass;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The words a server's {@code methods} list may use: {@code read} (list + get), {@code write}
 * (create + update + delete + custom) or a single method class.
 */
public final class MethodSelection {

    public static final String READ = "read";
    public static final String WRITE = "write";

    private MethodSelection() {
    }

    /** The method classes {@code word} stands for, or empty when it is no valid word. */
    public static Optional<Set<MethodClass>> parse(String word) {
        if (READ.equals(word)) {
            return Optional.of(EnumSet.of(MethodClass.LIST, MethodClass.GET));
        }
        if (WRITE.equals(word)) {
            return Optional.of(EnumSet.of(MethodClass.CREATE, MethodClass.UPDATE, MethodClass.DELETE, MethodClass.CUSTOM));
        }
        for (MethodClass method : MethodClass.values()) {
            if (method.wireName().equals(word)) {
                return Optional.of(EnumSet.of(method));
            }
        }
        return Optional.empty();
    }

    /** Every valid word, for error messages. */
    public static List<String> validWords() {
        List<String> words = new java.util.ArrayList<>(List.of(READ, WRITE));
        for (MethodClass method : MethodClass.values()) {
            words.add(method.wireName());
        }
        return words;
    }
}
