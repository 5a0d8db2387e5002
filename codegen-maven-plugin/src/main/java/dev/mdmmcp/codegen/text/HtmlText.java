package dev.mdmmcp.codegen.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a vendor's description fit for a tool argument: HTML tags removed, entities decoded,
 * whitespace collapsed to single spaces. Vendor specs exported from documentation portals are
 * full of {@code <p>}, {@code <code>} and {@code &quot;}, which only cost the model tokens.
 */
public final class HtmlText {

    private static final Pattern LIST_ITEM_BREAK = Pattern.compile("(?i)</li>\\s*<li[^>]*>");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)</?(p|div|br|ul|ol|li|h[1-6]|table|thead|tbody|tr|td|th|pre|blockquote|hr|html|head|body)\\b[^>]*>");
    private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Map<String, String> NAMED_ENTITIES = Map.of(
            "quot", "\"", "amp", "&", "lt", "<", "gt", ">", "apos", "'", "nbsp", " ",
            "ndash", "–", "mdash", "—", "hellip", "…", "rsquo", "’");

    private HtmlText() {
    }

    /** The text of {@code html} on one line, or {@code null} when there is none. */
    public static String clean(String html) {
        if (html == null) {
            return null;
        }
        String text = LIST_ITEM_BREAK.matcher(html).replaceAll(", ");
        text = BLOCK_TAG.matcher(text).replaceAll(" ");
        text = ANY_TAG.matcher(text).replaceAll("");
        text = decodeEntities(text);
        text = WHITESPACE.matcher(text).replaceAll(" ").trim();
        return text.isEmpty() ? null : text;
    }

    static String decodeEntities(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                replacement = Character.toString(Integer.parseInt(name.substring(2), 16));
            } else if (name.startsWith("#")) {
                replacement = Character.toString(Integer.parseInt(name.substring(1)));
            } else {
                replacement = NAMED_ENTITIES.getOrDefault(name, entity.group());
            }
            entity.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(decoded);
        return decoded.toString();
    }
}
