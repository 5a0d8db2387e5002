package dev.mdmmcp.codegen.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tidies a description written in {@code tools.yaml}: lines wrapped for the YAML file are joined
 * into paragraphs, paragraphs and list items keep their own lines, trailing space goes.
 */
public final class RecordText {

    private static final Pattern LIST_ITEM = Pattern.compile("^([-*•]|\\d+[.)])\\s.*");

    private RecordText() {
    }

    public static String tidy(String text) {
        if (text == null) {
            return null;
        }
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String raw : text.strip().split("\\R", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(block, blocks, "\n\n");
                continue;
            }
            if (LIST_ITEM.matcher(line).matches()) {
                flush(block, blocks, "\n");
                block.append(line);
                continue;
            }
            if (!block.isEmpty()) {
                block.append(' ');
            }
            block.append(line);
        }
        flush(block, blocks, "");
        StringBuilder result = new StringBuilder();
        for (String piece : blocks) {
            result.append(piece);
        }
        return result.toString().strip();
    }

    private static void flush(StringBuilder block, List<String> blocks, String separator) {
        if (!block.isEmpty()) {
            blocks.add(block.toString());
            block.setLength(0);
        }
        if (!separator.isEmpty() && !blocks.isEmpty()) {
            String last = blocks.getLast();
            if (last.equals("\n") || last.equals("\n\n")) {
                if (separator.length() > last.length()) {
                    blocks.set(blocks.size() - 1, separator);
                }
            } else {
                blocks.add(separator);
            }
        }
    }
}
