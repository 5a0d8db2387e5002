package dev.mdmmcp.pagination;

import dev.mdmmcp.http.ParameterLocation;
import java.util.Set;

/**
 * Pages with a page size and an opaque vendor cursor found in each response (NinjaOne
 * queries: {@code pageSize} + {@code cursor}, the next one at {@code /cursor/name}). There is
 * a next page when the response names a cursor and the page is full.
 *
 * @param nextCursorPointer JSON pointer to the vendor's cursor in the response
 */
public record CursorPagination(
        String name,
        ParameterLocation in,
        String pageSizeParameter,
        String cursorParameter,
        String nextCursorPointer,
        int defaultPageSize,
        int maxPageSize) implements PaginationStyle {

    @Override
    public Set<String> ownedParameters() {
        return Set.of(pageSizeParameter, cursorParameter);
    }
}
