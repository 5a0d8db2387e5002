package dev.mdmmcp.codegen.problem;

import java.util.List;

/**
 * The vendor folders cannot be turned into tools. The message lists every problem found, one
 * a line, so a build log shows all of them at once.
 */
public final class SpecProblemsException extends Exception {

    private final transient List<Problem> problems;

    public SpecProblemsException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        StringBuilder text = new StringBuilder()
                .append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                .append(" in the vendor folders:");
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append("  - ").append(problem);
        }
        return text.toString();
    }
}
