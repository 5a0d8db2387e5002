package dev.mdmmcp.pagination;

import dev.mdmmcp.http.ParameterLocation;
import java.util.Set;

/**
 * Pages with a page size and the id of the last item already seen (NinjaOne devices:
 * {@code pageSize} + {@code after} in the query; NinjaOne ticket boards: {@code pageSize} +
 * {@code lastCursorId} in the body). The first page sends no {@code after}; a page shorter
 * than the page size is the last.
 *
 * @param idField the item property whose value of the last item is sent as {@code afterParameter}
 */
public record AfterIdPagination(
        String name,
        ParameterLocation in,
        String pageSizeParameter,
        String afterParameter,
        String idField,
        int defaultPageSize,
        int maxPageSize) implements PaginationStyle {

    @Override
    public Set<String> ownedParameters() {
        return Set.of(pageSizeParameter, afterParameter);
    }
}
