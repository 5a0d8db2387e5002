package dev.mdmmcp.server.filter;

import dev.mdmmcp.tool.MethodClass;
import dev.mdmmcp.tool.ToolDescriptor;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which tools of an account a server offers. It decides the tool set a server's MCP instance is
 * built with, so it holds for {@code tools/list} and {@code tools/call} alike.
 *
 * @param methods the method classes allowed; never empty
 * @param tags the tags of which a tool must carry at least one; empty allows every tag
 */
public record ToolFilter(Set<MethodClass> methods, Set<String> tags) {

    public static final ToolFilter ALL = new ToolFilter(EnumSet.allOf(MethodClass.class), Set.of());

    public ToolFilter {
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("a filter must allow at least one method class");
        }
        methods = Set.copyOf(methods);
        tags = Set.copyOf(tags);
    }

    /**
     * The filter of method selection words ({@code read}, {@code write}, single classes) and tags,
     * as a managed server stores them; an absent list restricts nothing.
     *
     * @throws IllegalArgumentException for a word that is no method selection
     */
    public static ToolFilter of(Optional<List<String>> methodWords, Optional<List<String>> tags) {
        Set<MethodClass> methods = EnumSet.allOf(MethodClass.class);
        if (methodWords.isPresent()) {
            methods = EnumSet.noneOf(MethodClass.class);
            for (String word : methodWords.get()) {
                methods.addAll(MethodSelection.parse(word).orElseThrow(() -> new IllegalArgumentException(
                        "'" + word + "' is no method selection; valid: " + String.join(", ", MethodSelection.validWords()))));
            }
        }
        return new ToolFilter(methods, tags.map(Set::copyOf).orElse(Set.of()));
    }

    public boolean admits(ToolDescriptor tool) {
        return methods.contains(tool.method()) && (tags.isEmpty() || tool.tags().stream().anyMatch(tags::contains));
    }
}
