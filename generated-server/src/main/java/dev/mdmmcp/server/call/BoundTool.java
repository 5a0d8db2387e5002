package dev.mdmmcp.server.call;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.http.HttpBinding;
import dev.mdmmcp.http.ParameterBinding;
import dev.mdmmcp.http.ParameterLocation;
import dev.mdmmcp.pagination.PaginationBinding;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.pagination.Pager;
import dev.mdmmcp.server.pagination.Pagers;
import dev.mdmmcp.server.upstream.RequestBinder;
import dev.mdmmcp.server.upstream.UpstreamFailures;
import dev.mdmmcp.tool.VendorTool;

/**
 * One catalog tool bound once, on its first call (Retrofit's {@code ServiceMethod}): everything a
 * call of it needs that does not change from call to call. {@link ToolCallPipeline} only runs it.
 *
 * @param entry the catalog's tool: descriptor, vendor, input schema, result curator
 * @param tool the generated tool, typed by its argument record
 * @param validator its input schema, compiled, and its argument names
 * @param converter the reader of its argument record
 * @param binder its HTTP binding with the path template compiled
 * @param pagination how its lists page; {@code null} for a tool that does not page
 * @param pager the pager of its paging style; {@code null} for a tool that does not page
 * @param failures the typed reasons of its vendor failures (its path arguments named)
 * @param read whether it only reads: reads alone are retried after a broken connection
 * @param <A> the tool's argument record
 */
record BoundTool<A extends Record>(ToolEntry entry, VendorTool<A> tool, ArgumentValidator validator,
        ArgumentConverter converter, RequestBinder<A> binder, PaginationBinding pagination, Pager pager,
        UpstreamFailures failures, boolean read) {

    static BoundTool<?> bind(ToolEntry entry, ObjectMapper mapper) {
        return bind(entry, entry.tool(), mapper);
    }

    private static <A extends Record> BoundTool<A> bind(ToolEntry entry, VendorTool<A> tool, ObjectMapper mapper) {
        HttpBinding<A> http = tool.http();
        PaginationBinding pagination = http.pagination();
        return new BoundTool<>(entry, tool, new ArgumentValidator(mapper, entry), new ArgumentConverter(mapper, entry),
                new RequestBinder<>(mapper, http), pagination,
                pagination == null ? null : Pagers.forStyle(pagination.style()),
                new UpstreamFailures(entry.vendor().displayName(), entry.descriptor(),
                        http.parametersIn(ParameterLocation.PATH).stream().map(ParameterBinding::argument).toList()),
                entry.descriptor().method().isRead());
    }
}
