package dev.mdmmcp.tool;

import dev.mdmmcp.http.HttpBinding;

/**
 * One generated tool: its descriptor, the record its arguments bind to, and how those
 * arguments become an HTTP request. Generated classes implement it; nothing else should.
 *
 * @param <A> the typed argument record
 */
public interface VendorTool<A extends Record> {

    ToolDescriptor descriptor();

    Class<A> argumentsType();

    HttpBinding<A> http();
}
