package dev.mdmmcp.server.binding;

/**
 * Thrown by a {@link StrictNode.Parser} to refuse one value; the node records it as a
 * {@link Problem} at the value's key path and reading goes on.
 */
public final class Refusal extends RuntimeException {

    /** @param problem what is wrong, after the key path: {@code must be true or false, got 'yes'} */
    public Refusal(String problem) {
        super(problem, null, false, false);
    }
}
