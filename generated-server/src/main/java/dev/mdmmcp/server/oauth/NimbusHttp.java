package dev.mdmmcp.server.oauth;

import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Helidon requests as the Nimbus SDK's {@link HTTPRequest}, which parses the OAuth message, and
 * its {@link HTTPResponse} back out. Bodies are read up to {@link #MAX_BODY_BYTES}.
 */
final class NimbusHttp {

    static final int MAX_BODY_BYTES = 64 * 1024;

    /** The body was larger than {@link #MAX_BODY_BYTES}. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super("the request body is larger than " + MAX_BODY_BYTES + " bytes", null, false, false);
        }
    }

    private NimbusHttp() {
    }

    /** A POST request with its form or JSON body, its Content-Type and Authorization headers. */
    static HTTPRequest post(ServerRequest request, URI endpoint) throws TooLarge {
        HTTPRequest nimbus = new HTTPRequest(HTTPRequest.Method.POST, endpoint);
        request.headers().first(HeaderNames.CONTENT_TYPE).ifPresent(type -> nimbus.setHeader("Content-Type", type));
        request.headers().first(HeaderNames.AUTHORIZATION).ifPresent(value -> nimbus.setHeader("Authorization", value));
        nimbus.setBody(body(request));
        return nimbus;
    }

    /** Reads an OAuth message from an HTTP request; Nimbus's {@code parse} methods are such readers. */
    @FunctionalInterface
    interface MessageReader<T> {
        T parse(HTTPRequest request) throws ParseException;
    }

    /**
     * The message of a token-style endpoint (token, revocation) read by {@code reader}; when it
     * cannot be read, the OAuth error is answered (RFC 6749 section 5.2) and the result is empty.
     */
    static <T> Optional<T> readOrAnswerError(ServerRequest request, URI endpoint, MessageReader<T> reader,
            ServerResponse response) {
        try {
            return Optional.of(reader.parse(post(request, endpoint)));
        } catch (ParseException e) {
            send(new TokenErrorResponse(e.getErrorObject() != null ? e.getErrorObject() : OAuth2Error.INVALID_REQUEST)
                    .toHTTPResponse(), response);
        } catch (TooLarge e) {
            send(new TokenErrorResponse(OAuth2Error.INVALID_REQUEST.setDescription(e.getMessage())).toHTTPResponse(),
                    response);
        }
        return Optional.empty();
    }

    static void send(HTTPResponse nimbus, ServerResponse response) {
        response.status(Status.create(nimbus.getStatusCode()));
        for (Map.Entry<String, List<String>> header : nimbus.getHeaderMap().entrySet()) {
            HeaderName name = HeaderNames.create(header.getKey());
            response.header(name, header.getValue().toArray(String[]::new));
        }
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        String body = Optional.ofNullable(nimbus.getBody()).orElse("");
        response.send(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String body(ServerRequest request) throws TooLarge {
        if (!request.content().hasEntity()) {
            return "";
        }
        try (InputStream in = request.content().inputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new TooLarge();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the request body could not be read", e);
        }
    }
}
