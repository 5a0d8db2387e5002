package dev.mdmmcp.codegen.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one file and place so that every one of them is reported in a
 * single build failure instead of one per run.
 */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    public void add(Problem problem) {
        problems.add(problem);
    }

    /** A reporter bound to one file and place. */
    public Reporter in(String file, String where) {
        return message -> add(new Problem(file, where, message));
    }

    public int size() {
        return problems.size();
    }

    /** Throws when anything was collected. */
    public void throwIfAny() throws SpecProblemsException {
        if (!problems.isEmpty()) {
            throw new SpecProblemsException(problems);
        }
    }

    /** Reports problems of one file and place. */
    @FunctionalInterface
    public interface Reporter {
        void report(String message);
    }
}
