package dev.mdmmcp.demo;

import java.util.List;

/**
 * One MCP server of the demo, as {@code demo.json} lists it.
 *
 * @param name the server's name, e.g. kandji-read-only
 * @param vendor the vendor of its account
 * @param url its MCP URL, {@code http://127.0.0.1:<port>/mcp/<token>}: the token is the credential
 * @param methods its method filter, e.g. [read] or [read, write]
 * @param tags its tag filter; empty means every tag
 */
public record DemoServer(String name, String vendor, String url, List<String> methods, List<String> tags) {

    public DemoServer {
        methods = List.copyOf(methods);
        tags = List.copyOf(tags);
    }

    /** The URL token: the last path segment of the URL. */
    String token() {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
