package dev.mdmmcp.server.pagination;

import dev.mdmmcp.server.result.BodyProblem;

/** A paged response does not have the shape its paging style promises (no item array, no id). */
public final class PageReadException extends RuntimeException {

    private final transient BodyProblem problem;

    public PageReadException(BodyProblem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    /** What the response lacks. */
    public BodyProblem problem() {
        return problem;
    }
}
