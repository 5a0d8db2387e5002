package dev.mdmmcp.codegen.spec;

/** Names a documentation record in problems: {@code tool #3 'list_devices' (line 25)}, counting from 1. */
public final class RecordPlace {

    private RecordPlace() {
    }

    /**
     * @param line the record's first line, or 0 when unknown
     */
    public static String of(int index, String name, int line) {
        String place = "tool #" + (index + 1);
        if (name != null && !name.isBlank()) {
            place += " '" + name + "'";
        }
        return line > 0 ? place + " (line " + line + ")" : place;
    }
}
