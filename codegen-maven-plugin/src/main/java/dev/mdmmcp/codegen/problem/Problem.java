package dev.mdmmcp.codegen.problem;

import java.util.Objects;

/**
 * One thing wrong with a vendor folder, said so that its author can fix it without reading
 * the generator: which file, where in it, what is wrong and what would be right.
 *
 * @param file the file, as the author knows it, e.g. {@code specs/kandji/tools.yaml}
 * @param where the place in the file, e.g. {@code tool #3 'list_devices'}; empty for the whole file
 * @param message what is wrong and what to do
 */
public record Problem(String file, String where, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return where.isEmpty() ? file + ": " + message : file + ": " + where + ": " + message;
    }
}
