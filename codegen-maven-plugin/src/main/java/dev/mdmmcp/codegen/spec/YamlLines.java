package dev.mdmmcp.codegen.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line of every key and list item of a YAML file, by JSON pointer ({@code /tools/2/name}),
 * so problems can say where to look. Records are read through a buffer that forgets lines, hence
 * this separate pass.
 */
public final class YamlLines {

    private static final YAMLFactory YAML = new YAMLFactory();

    private final Map<String, Integer> lines;

    private YamlLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** The lines of {@code file}; none when it cannot be read (reading the records says why). */
    public static YamlLines of(Path file) {
        Map<String, Integer> lines = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = YAML.createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                boolean listItem = parser.getParsingContext().getParent() != null
                        && parser.getParsingContext().getParent().inArray() && token.isStructStart();
                if (token == JsonToken.FIELD_NAME || listItem) {
                    String pointer = token == JsonToken.FIELD_NAME
                            ? parser.getParsingContext().pathAsPointer().toString()
                            : parser.getParsingContext().getParent().pathAsPointer().toString();
                    lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable YAML: the record reader reports it; lines are only a convenience.
        }
        return new YamlLines(lines);
    }

    /** The line of the key or item at {@code path} (names and indexes), or 0 when unknown. */
    public int lineOf(List<Object> path) {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : path) {
            pointer.append('/').append(String.valueOf(segment).replace("~", "~0").replace("/", "~1"));
        }
        return lines.getOrDefault(pointer.toString(), 0);
    }
}
