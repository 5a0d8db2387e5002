package dev.mdmmcp.codegen.model;

import dev.mdmmcp.codegen.problem.Problems;

/** Passes problems on and remembers whether there were any, so a builder knows to stop. */
final class TrackingReporter implements Problems.Reporter {

    private final Problems.Reporter delegate;
    private boolean reported;

    TrackingReporter(Problems.Reporter delegate) {
        this.delegate = delegate;
    }

    @Override
    public void report(String message) {
        reported = true;
        delegate.report(message);
    }

    boolean reported() {
        return reported;
    }
}
