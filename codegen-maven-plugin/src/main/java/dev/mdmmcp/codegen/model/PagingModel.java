package dev.mdmmcp.codegen.model;

import dev.mdmmcp.pagination.PaginationStyle;

/**
 * How a list tool pages.
 *
 * @param style the vendor's paging style the record names
 * @param itemsPointer JSON pointer to the item array in the response; empty when the body is the array
 */
public record PagingModel(PaginationStyle style, String itemsPointer) {
}
