package dev.mdmmcp.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The one result table: group, measurement, value, target and whether the target is met. */
final class Table {

    private record Row(String group, String measurement, String value, String target, String met) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String group, String measurement, String value) {
        rows.add(new Row(group, measurement, value, "", ""));
    }

    void add(String group, String measurement, String value, String target, boolean met) {
        rows.add(new Row(group, measurement, value, target, met ? "yes" : "NO"));
    }

    /** Rows by group (stable: a group's rows in the order they were measured). */
    void print(PrintStream out) {
        List<Row> rows = new ArrayList<>(this.rows);
        rows.sort(Comparator.comparing(Row::group));
        int[] widths = {5, 11, 5, 6, 3};
        for (Row row : rows) {
            widths[0] = Math.max(widths[0], row.group().length());
            widths[1] = Math.max(widths[1], row.measurement().length());
            widths[2] = Math.max(widths[2], row.value().length());
            widths[3] = Math.max(widths[3], row.target().length());
        }
        String format = "| %-" + widths[0] + "s | %-" + widths[1] + "s | %" + widths[2] + "s | %-" + widths[3] + "s | %-3s |%n";
        out.printf(format, "group", "measurement", "value", "target", "met");
        out.printf("|%s|%s|%s:|%s|%s|%n", "-".repeat(widths[0] + 2), "-".repeat(widths[1] + 2), "-".repeat(widths[2] + 1),
                "-".repeat(widths[3] + 2), "-".repeat(5));
        for (Row row : rows) {
            out.printf(format, row.group(), row.measurement(), row.value(), row.target(), row.met());
        }
    }
}
