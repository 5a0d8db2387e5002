package dev.mdmmcp.server.upstream;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/**
 * What the vendor answered.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the raw body, empty when there was none
 */
public record UpstreamResponse(int status, HttpHeaders headers, byte[] body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean hasBody() {
        return body.length > 0 && !bodyText().isBlank();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
