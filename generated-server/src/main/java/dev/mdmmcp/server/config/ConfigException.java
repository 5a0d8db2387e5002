package dev.mdmmcp.server.config;

import dev.mdmmcp.server.binding.Problem;
import dev.mdmmcp.server.binding.StrictInput;
import java.util.List;

/**
 * The configuration is unusable. The message names the file and, for each problem, the key path
 * and what to do: one line for one problem, a line more for each when there are several. It
 * never contains a secret.
 */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    /** Throws when reading {@code input} found anything wrong, listing every problem. */
    static void throwIfAny(StrictInput input) {
        List<Problem> problems = input.problems();
        if (problems.size() == 1) {
            throw new ConfigException("configuration error in " + input.source() + ": " + problems.getFirst().message());
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder(problems.size() + " configuration errors in " + input.source() + ":");
            problems.forEach(problem -> message.append("\n  - ").append(problem.message()));
            throw new ConfigException(message.toString());
        }
    }
}
