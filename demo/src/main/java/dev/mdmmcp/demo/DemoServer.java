package dev.mdmmcp.demo;

import java.util.List;

/**
 * One MCP server of the demo, as {@code demo.json} lists it.
 *
 * @param name the server's name, e.g. kandji-read-only
 * @param vendor the vendor of its account
 * @param url its MCP URL: {@code http://127.0.0.1:<port>/mcp/<token>}, where the token is the credential, or
 *        for a sign-in server {@code http://127.0.0.1:<port>/mcp/oauth/<id>}, which holds no secret
 * @param methods its method filter, e.g. [read] or [read, write]
 * @param tags its tag filter; empty means every tag
 * @param auth {@code url} (the URL is the credential) or {@code oauth} (people sign in)
 */
public record DemoServer(String name, String vendor, String url, List<String> methods, List<String> tags, String auth) {

    public static final String URL_AUTH = "url";
    public static final String OAUTH = "oauth";

    public DemoServer {
        methods = List.copyOf(methods);
        tags = List.copyOf(tags);
        auth = auth == null ? URL_AUTH : auth;
    }

    boolean signIn() {
        return OAUTH.equals(auth);
    }

    /** The URL token: the last path segment of the URL. */
    String token() {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
