package dev.mdmmcp.server.signin;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders the sign-in pages from their JTE templates (compiled with the code, every value
 * HTML-escaped) and sends them with the headers every page carries: a Content-Security-Policy
 * that allows no script and no framing, no caching, no referrer.
 */
final class Pages {

    /** No script at all, styles from this server only, no framing by any site. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final byte[] STYLE = style();

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), "dev.mdmmcp.server.signin.templates");

    void consent(ServerResponse response, ConsentPage page) {
        send(response, Status.OK_200, page);
    }

    void connections(ServerResponse response, ConnectionsPage page) {
        send(response, Status.OK_200, page);
    }

    void message(ServerResponse response, Status status, MessagePage page) {
        send(response, status, page);
    }

    void style(ServerResponse response) {
        response.header(HeaderNames.CONTENT_TYPE, "text/css; charset=utf-8");
        response.header(HeaderNames.CACHE_CONTROL, "max-age=3600");
        response.header("X-Content-Type-Options", "nosniff");
        response.send(STYLE);
    }

    /** A redirect that carries the page headers too, so nothing it answers can be framed or cached. */
    static void redirect(ServerResponse response, String location) {
        secure(response);
        response.status(Status.SEE_OTHER_303);
        response.header(HeaderNames.LOCATION, location);
        response.send();
    }

    /** The HTML of a page, every value escaped. */
    String html(Object page) {
        String template = switch (page) {
            case ConsentPage consent -> "consent.jte";
            case ConnectionsPage connections -> "connections.jte";
            case MessagePage message -> "message.jte";
            default -> throw new IllegalArgumentException("no template shows " + page.getClass().getSimpleName());
        };
        StringOutput output = new StringOutput();
        templates.render(template, page, output);
        return output.toString();
    }

    private void send(ServerResponse response, Status status, Object page) {
        byte[] html = html(page).getBytes(StandardCharsets.UTF_8);
        secure(response);
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
        response.send(html);
    }

    private static void secure(ServerResponse response) {
        response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.header("X-Frame-Options", "DENY");
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "no-referrer");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
    }

    private static byte[] style() {
        try (InputStream in = Pages.class.getResourceAsStream("style.css")) {
            if (in == null) {
                throw new IllegalStateException("style.css is missing from the sign-in package");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
