package dev.mdmmcp.codegen.model;

import dev.mdmmcp.http.ParameterLocation;
import dev.mdmmcp.pagination.AfterIdPagination;
import dev.mdmmcp.pagination.CursorPagination;
import dev.mdmmcp.pagination.LocalPagination;
import dev.mdmmcp.pagination.OffsetPagination;
import dev.mdmmcp.pagination.PaginationStyle;
import java.util.List;

/** What the generator needs to ask of a paging style beyond the runtime's interface. */
public final class PagingStyles {

    private PagingStyles() {
    }

    /** Where the style's own parameters travel, or {@code null} for local paging, which sends none. */
    public static ParameterLocation in(PaginationStyle style) {
        return switch (style) {
            case OffsetPagination offset -> offset.in();
            case AfterIdPagination afterId -> afterId.in();
            case CursorPagination cursor -> cursor.in();
            case LocalPagination local -> null;
        };
    }

    /** The style's parameters in a stable order, for messages. */
    public static List<String> ownedInOrder(PaginationStyle style) {
        return style.ownedParameters().stream().sorted().toList();
    }
}
