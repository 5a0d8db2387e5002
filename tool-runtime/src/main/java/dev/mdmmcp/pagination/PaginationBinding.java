package dev.mdmmcp.pagination;

import java.util.Objects;

/**
 * The paging of one list operation.
 *
 * @param style the vendor's paging style
 * @param itemsPointer JSON pointer to the item array in the response; empty when the body is the array
 */
public record PaginationBinding(PaginationStyle style, String itemsPointer) {

    public PaginationBinding {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(itemsPointer, "itemsPointer");
    }
}
