package dev.mdmmcp.server.result;

/** What is wrong with a vendor's 2xx body, as facts; {@link FailureMessages} says it. */
public sealed interface BodyProblem {

    /** The body is not JSON at all. */
    record NotJson() implements BodyProblem {
    }

    /** The body is JSON that ends too early. */
    record Truncated() implements BodyProblem {
    }

    /** A list tool got no body at all. */
    record EmptyWhereListExpected() implements BodyProblem {
    }

    /** No item array where the paging style finds it ({@code pointer} empty: the body itself). */
    record NoItemArray(String pointer) implements BodyProblem {
    }

    /** Items lack the field the paging style continues after. */
    record ItemsWithoutId(String idField) implements BodyProblem {
    }
}
