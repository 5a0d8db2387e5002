package dev.mdmmcp.server.pagination;

import dev.mdmmcp.pagination.AfterIdPagination;
import dev.mdmmcp.pagination.CursorPagination;
import dev.mdmmcp.pagination.LocalPagination;
import dev.mdmmcp.pagination.OffsetPagination;
import dev.mdmmcp.pagination.PaginationStyle;

/** The pager of each paging style: the only place that switches on the style. */
public final class Pagers {

    private Pagers() {
    }

    public static Pager forStyle(PaginationStyle style) {
        return switch (style) {
            case OffsetPagination offset -> new OffsetPager(offset);
            case AfterIdPagination afterId -> new AfterIdPager(afterId);
            case CursorPagination cursor -> new CursorPager(cursor);
            case LocalPagination local -> new LocalPager();
        };
    }
}
