package dev.mdmmcp.server.pagination;

/** A paged response does not have the shape its paging style promises (no item array, no id). */
public final class PageReadException extends RuntimeException {

    public PageReadException(String message) {
        super(message, null, false, false);
    }
}
