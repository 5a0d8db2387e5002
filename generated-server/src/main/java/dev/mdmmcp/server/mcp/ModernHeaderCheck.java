package dev.mdmmcp.server.mcp;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.modelcontextprotocol.modern.server.transport.McpHeaderDecoder;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The request headers the 2026-07-28 revision requires on HTTP and checks against the body:
 * {@code Mcp-Method} (every request), {@code MCP-Protocol-Version} (equal to the {@code _meta}
 * version) and {@code Mcp-Name} (the tool of a {@code tools/call}, plain or in the
 * {@code =?base64?…?=} form). A missing, repeated, malformed or different header is a
 * {@code HeaderMismatch} (-32020, HTTP 400).
 */
final class ModernHeaderCheck {

    static final int HEADER_MISMATCH = -32020;
    static final HeaderName MCP_METHOD = HeaderNames.create("Mcp-Method");
    static final HeaderName MCP_NAME = HeaderNames.create("Mcp-Name");
    static final HeaderName PROTOCOL_VERSION = HeaderNames.create("MCP-Protocol-Version");

    private ModernHeaderCheck() {
    }

    /** What is wrong with the headers of a request claiming {@code version}; empty when they match the body. */
    static Optional<String> mismatch(Headers headers, McpSchema.JSONRPCRequest request, String version) {
        Optional<String> problem = compare(headers, MCP_METHOD, request.method(), "body method", false);
        if (problem.isEmpty() && version != null) {
            problem = compare(headers, PROTOCOL_VERSION, version, "_meta protocol version", false);
        }
        if (problem.isEmpty() && McpSchema.METHOD_TOOLS_CALL.equals(request.method())
                && request.params() instanceof Map<?, ?> params && params.get("name") instanceof String name) {
            problem = compare(headers, MCP_NAME, name, "body name", true);
        }
        return problem.map(text -> "Header mismatch: " + text);
    }

    private static Optional<String> compare(Headers headers, HeaderName header, String expected, String source,
            boolean encoded) {
        List<String> values = headers.all(header, List::of);
        if (values.isEmpty()) {
            return Optional.of("the required " + header.defaultCase() + " header is missing");
        }
        if (values.size() > 1) {
            return Optional.of("the " + header.defaultCase() + " header has more than one value");
        }
        String value = encoded ? McpHeaderDecoder.decodeValue(values.getFirst()) : values.getFirst();
        if (value == null) {
            return Optional.of("the " + header.defaultCase() + " header value is malformed");
        }
        return value.equals(expected) ? Optional.empty()
                : Optional.of(header.defaultCase() + " header value '" + value + "' does not match " + source + " '"
                        + expected + "'");
    }
}
