package dev.mdmmcp.codegen.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns names from the spec and the documentation records into Java names: {@code list_devices}
 * into {@code ListDevices} (types) and {@code listDevices} (members), {@code whole_list} into
 * {@code WHOLE_LIST} (constants), always valid Java and never a keyword.
 */
public final class JavaNames {

    /** Keywords, literals and the restricted identifiers of records and local variables. */
    private static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits",
            "when", "module", "open", "exports", "requires", "_");

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    private JavaNames() {
    }

    public static boolean isReserved(String name) {
        return RESERVED.contains(name);
    }

    /** Whether {@code name} is lower snake_case: {@code list_devices}. */
    public static boolean isSnakeCase(String name) {
        return name != null && SNAKE_CASE.matcher(name).matches();
    }

    /**
     * {@code list_devices} → {@code ListDevices}; {@code deviceId} → {@code DeviceId}; acronyms are
     * words like any other: {@code Acme MDM} → {@code AcmeMdm}.
     */
    public static String typeName(String name) {
        StringBuilder type = new StringBuilder();
        for (String word : words(name)) {
            type.append(capitalized(word));
        }
        if (type.isEmpty() || !Character.isJavaIdentifierStart(type.charAt(0))) {
            type.insert(0, "Value");
        }
        return type.toString();
    }

    /**
     * {@code device_id} → {@code deviceId}; {@code X-Request-ID} → {@code xRequestId};
     * {@code default} → {@code defaultValue}.
     */
    public static String memberName(String name) {
        List<String> words = words(name);
        StringBuilder member = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i == 0) {
                member.append(isAllUpperCase(word) ? word.toLowerCase(Locale.ROOT)
                        : Character.toLowerCase(word.charAt(0)) + word.substring(1));
            } else {
                member.append(capitalized(word));
            }
        }
        if (member.isEmpty()) {
            return "value";
        }
        if (!Character.isJavaIdentifierStart(member.charAt(0))) {
            member.insert(0, "value");
        }
        String result = member.toString();
        return RESERVED.contains(result) ? result + "Value" : result;
    }

    /** {@code whole_list} → {@code WHOLE_LIST}; {@code iPhone} → {@code I_PHONE}; {@code ""} → {@code EMPTY}. */
    public static String constantName(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return "EMPTY";
        }
        String constant = String.join("_", words).toUpperCase(Locale.ROOT);
        return Character.isJavaIdentifierStart(constant.charAt(0)) ? constant : "VALUE_" + constant;
    }

    /** {@code X-Request-ID} → {@code x_request_id}; {@code filter[name]} → {@code filter_name}. */
    public static String snakeName(String name) {
        String snake = String.join("_", words(name)).toLowerCase(Locale.ROOT);
        if (snake.isEmpty()) {
            return "value";
        }
        return Character.isLetter(snake.charAt(0)) ? snake : "value_" + snake;
    }

    /** A Java package segment: {@code ninja-one} → {@code ninjaone}. */
    public static String packageSegment(String name) {
        String segment = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
        if (segment.isEmpty() || !Character.isJavaIdentifierStart(segment.charAt(0))) {
            segment = "v" + segment;
        }
        return RESERVED.contains(segment) ? segment + "_" : segment;
    }

    /** {@code devices} → {@code device}, {@code policies} → {@code policy}: names one element of a list. */
    public static String singular(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies") && name.length() > 3) {
            return name.substring(0, name.length() - 3) + (Character.isUpperCase(name.charAt(name.length() - 1)) ? "Y" : "y");
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
            return name.substring(0, name.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && name.length() > 1) {
            return name.substring(0, name.length() - 1);
        }
        return name + "Item";
    }

    /**
     * The words of a name: split at anything not a letter or digit and at case changes
     * ({@code deviceID} → {@code device}, {@code ID}; {@code XMLHttp} → {@code XML}, {@code Http}).
     */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        if (name == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) || c > 0x7f) {
                flush(word, words);
                continue;
            }
            if (!word.isEmpty() && Character.isUpperCase(c)) {
                char previous = word.charAt(word.length() - 1);
                boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(previous) || Character.isDigit(previous)
                        || Character.isUpperCase(previous) && nextIsLower) {
                    flush(word, words);
                }
            }
            word.append(c);
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** {@code device} → {@code Device}; {@code ID} → {@code Id}; {@code iPhone} stays as it is past the first letter. */
    private static String capitalized(String word) {
        String rest = word.length() > 1 && isAllUpperCase(word) ? word.substring(1).toLowerCase(Locale.ROOT) : word.substring(1);
        return Character.toUpperCase(word.charAt(0)) + rest;
    }

    private static boolean isAllUpperCase(String word) {
        return word.chars().noneMatch(Character::isLowerCase);
    }
}
