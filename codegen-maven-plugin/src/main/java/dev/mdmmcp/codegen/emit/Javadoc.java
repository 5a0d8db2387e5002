package dev.mdmmcp.codegen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes spec and record text safe and readable inside javadoc: HTML-escaped, no comment end, no
 * backslash (javac reads unicode escapes even in comments), backticked code as {@code {@code code}},
 * paragraphs wrapped.
 */
final class Javadoc {

    private static final int WIDTH = 96;
    private static final Pattern BACKTICKS = Pattern.compile("`([^`{}]+)`");

    private Javadoc() {
    }

    /** {@code @param name text}, wrapped, continuation lines indented. */
    static String param(String name, String text) {
        return wrap("@param " + name + " " + escape(text).replace("\n", " ")).replace("\n", "\n    ");
    }

    /** One paragraph of text, escaped and wrapped. */
    static String text(String text) {
        return wrap(escape(text).replace("\n", " "));
    }

    private static String escape(String text) {
        String escaped = text
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("@", "&#64;")
                .replace("\\", "&#92;")
                .replace("*/", "*&#47;");
        Matcher code = BACKTICKS.matcher(escaped);
        StringBuilder withCode = new StringBuilder();
        while (code.find()) {
            String content = code.group(1);
            String replacement = content.contains("&") ? code.group() : "{@code " + content + "}";
            code.appendReplacement(withCode, Matcher.quoteReplacement(replacement));
        }
        code.appendTail(withCode);
        return withCode.toString();
    }

    /** Paragraphs separated by blank lines become {@code <p>} paragraphs; each is escaped and wrapped. */
    static String paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            String escaped = text(paragraph.strip());
            paragraphs.add(paragraphs.isEmpty() ? escaped : "<p>" + escaped);
        }
        return String.join("\n\n", paragraphs);
    }

    private static String wrap(String text) {
        StringBuilder wrapped = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (lineLength > 0 && lineLength + 1 + word.length() > WIDTH) {
                wrapped.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                wrapped.append(' ');
                lineLength++;
            }
            wrapped.append(word);
            lineLength += word.length();
        }
        return wrapped.toString();
    }
}
