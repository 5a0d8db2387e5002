package dev.mdmmcp.server.mcp;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.webserver.http.ServerResponse;

/**
 * CORS for browser apps on an allowed origin (see {@link HostAndOriginCheck}; foreign origins
 * never get here, they are refused with 403 first). A preflight is answered with the method and
 * the request headers an MCP client sends; every answer to an allowed origin names that origin in
 * {@code Access-Control-Allow-Origin} and exposes the headers a browser client reads. Answers
 * vary by Origin, so every one says so for caches.
 */
final class CrossOriginHeaders {

    static final String ALLOWED_METHODS = "POST";
    /** What MCP clients of both eras send: the revision's routing headers, Authorization for bearer tokens. */
    static final String ALLOWED_HEADERS = "Accept, Authorization, Content-Type, MCP-Protocol-Version, Mcp-Method, Mcp-Name";
    /** What a browser client must be able to read: the version, the auth challenge, and the log's request id. */
    static final String EXPOSED_HEADERS = "MCP-Protocol-Version, WWW-Authenticate, X-Request-Id";
    /** How long a browser may keep a preflight's answer. */
    static final String MAX_AGE_SECONDS = "600";

    private static final HeaderName ALLOW_ORIGIN = HeaderNames.create("Access-Control-Allow-Origin");
    private static final HeaderName ALLOW_METHODS = HeaderNames.create("Access-Control-Allow-Methods");
    private static final HeaderName ALLOW_HEADERS = HeaderNames.create("Access-Control-Allow-Headers");
    private static final HeaderName EXPOSE_HEADERS = HeaderNames.create("Access-Control-Expose-Headers");
    private static final HeaderName MAX_AGE = HeaderNames.create("Access-Control-Max-Age");

    private CrossOriginHeaders() {
    }

    /** On every answer: {@code Vary: Origin}, and for a request from an (allowed) origin, the CORS answer headers. */
    static void onAnswer(Headers request, ServerResponse response) {
        response.header(HeaderNames.VARY, "Origin");
        request.first(HeaderNames.ORIGIN).ifPresent(origin -> {
            response.header(ALLOW_ORIGIN, origin);
            response.header(EXPOSE_HEADERS, EXPOSED_HEADERS);
        });
    }

    /** The headers of a preflight's answer, for an allowed origin. */
    static void onPreflight(Headers request, ServerResponse response) {
        onAnswer(request, response);
        response.header(ALLOW_METHODS, ALLOWED_METHODS);
        response.header(ALLOW_HEADERS, ALLOWED_HEADERS);
        response.header(MAX_AGE, MAX_AGE_SECONDS);
    }
}
