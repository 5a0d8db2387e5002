package dev.mdmmcp.pagination;

import dev.mdmmcp.http.ParameterLocation;
import java.util.Set;

/**
 * Pages with a page size and a numeric offset (Kandji: {@code limit} + {@code offset}). The
 * first page sends no offset; a page shorter than the page size is the last.
 */
public record OffsetPagination(
        String name,
        ParameterLocation in,
        String limitParameter,
        String offsetParameter,
        int defaultPageSize,
        int maxPageSize) implements PaginationStyle {

    @Override
    public Set<String> ownedParameters() {
        return Set.of(limitParameter, offsetParameter);
    }
}
