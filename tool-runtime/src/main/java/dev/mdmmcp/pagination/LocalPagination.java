package dev.mdmmcp.pagination;

import java.util.Set;

/**
 * For lists the vendor returns whole: the runtime slices the response so the model still gets
 * pages of {@code limit} items that fit its context.
 */
public record LocalPagination(String name, int defaultPageSize, int maxPageSize) implements PaginationStyle {

    @Override
    public Set<String> ownedParameters() {
        return Set.of();
    }
}
