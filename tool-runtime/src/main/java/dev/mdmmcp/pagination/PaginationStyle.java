package dev.mdmmcp.pagination;

import java.util.Set;

/**
 * A vendor's way of paging a list, declared in {@code specs/<vendor>/vendor.yaml}. Whatever the
 * style, the model only ever sees {@code limit} and {@code next_cursor}; the parameters a style
 * owns are set by the runtime and never become tool arguments. Paging parameters travel in the
 * query or, for vendors that page POST searches, as properties of the JSON body
 * ({@link dev.mdmmcp.http.ParameterLocation#QUERY} or {@link dev.mdmmcp.http.ParameterLocation#BODY_FIELD}).
 */
public sealed interface PaginationStyle
        permits OffsetPagination, AfterIdPagination, CursorPagination, LocalPagination {

    /** The style's name in the vendor folder, e.g. {@code offset}. */
    String name();

    /** Page size used when the model gives no {@code limit}. */
    int defaultPageSize();

    /** The largest page the vendor serves; larger limits are refused with a clear error. */
    int maxPageSize();

    /** Upstream parameters this style sets itself. */
    Set<String> ownedParameters();
}
