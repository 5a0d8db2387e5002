package dev.mdmmcp.server.filter;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a server presents its tools: every tool in {@code tools/list} (the default), or a few
 * meta-tools that search, describe and call them, for catalogs too large to list up front.
 */
public enum ToolMode {

    ALL("all"),
    DISCOVERY("discovery");

    private final String wireName;

    ToolMode(String wireName) {
        this.wireName = wireName;
    }

    /** The word in the configuration file and the admin API. */
    public String wireName() {
        return wireName;
    }

    /** The mode named {@code word}, or empty when it names none. */
    public static Optional<ToolMode> parse(String word) {
        return Arrays.stream(values()).filter(mode -> mode.wireName.equals(word)).findFirst();
    }

    /** Every valid word, for error messages. */
    public static List<String> validWords() {
        return Arrays.stream(values()).map(ToolMode::wireName).toList();
    }
}
