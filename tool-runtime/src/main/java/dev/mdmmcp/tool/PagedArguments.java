package dev.mdmmcp.tool;

/**
 * The two arguments every list tool has, whatever the vendor's own paging parameters are.
 * Argument records of list tools implement it.
 */
public interface PagedArguments {

    /** Page size the model asked for, or {@code null} for the vendor's default. */
    Integer limit();

    /** The {@code next_cursor} of the previous page, passed back unchanged, or {@code null}. */
    String nextCursor();
}
