package dev.mdmmcp.server.binding;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One strict input being read: the configuration file with its environment variables, or an
 * admin request's body. Its {@link StrictNode}s record every problem here rather than stopping
 * at the first, so that one error lists them all; the reader then turns {@link #problems()} into
 * its own error (a configuration error, a {@code 400}).
 *
 * <p>Our own, small, rather than Helidon Config: Helidon maps {@code MDM_MCP_A_B_C} back to keys
 * by splitting at {@code _}, which cannot give {@code accounts.kandji-prod.credentials.api_token}
 * (the documented variable names would change), it reads admin JSON bodies not at all, and it
 * neither refuses unknown keys nor collects problems.
 */
public final class StrictInput {

    private final String source;
    private final Overrides overrides;
    private final boolean typedJson;
    private final List<Problem> problems = new ArrayList<>();

    private StrictInput(String source, Overrides overrides, boolean typedJson) {
        this.source = source;
        this.overrides = overrides;
        this.typedJson = typedJson;
    }

    /**
     * A file (or text) whose scalars are text and may be set by {@code overrides}; an empty value
     * counts as absent, so that the override can fill it.
     *
     * @param source how messages name it: its path, or {@code the configuration text}
     */
    public static StrictInput file(String source, Overrides overrides) {
        return new StrictInput(source, overrides, false);
    }

    /**
     * JSON whose types count: numbers must be JSON numbers ({@code "8"} is refused), booleans JSON
     * booleans, text JSON strings of at most {@value PrintableText#MAX_LENGTH} characters.
     *
     * @param source how messages name it, like {@code the request}
     */
    public static StrictInput json(String source) {
        return new StrictInput(source, Overrides.NONE, true);
    }

    /** The input's top-level map; a missing or {@code null} one reads as empty. */
    public StrictNode root(JsonNode node) {
        return new StrictNode(this, List.of(), node);
    }

    public String source() {
        return source;
    }

    /** Every problem found so far, in the order the input was read. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    Overrides overrides() {
        return overrides;
    }

    boolean typedJson() {
        return typedJson;
    }
}
