package dev.mdmmcp.server.upstream;

import java.io.IOException;
import java.net.http.HttpHeaders;

/** The vendor answered, but with a body larger than the account accepts; the body was not kept. */
public final class ResponseTooLargeException extends IOException {

    private final int status;
    private final transient HttpHeaders headers;
    private final long maxBytes;

    ResponseTooLargeException(int status, HttpHeaders headers, long maxBytes) {
        super("the answer is larger than " + maxBytes + " bytes", null);
        this.status = status;
        this.headers = headers;
        this.maxBytes = maxBytes;
    }

    public int status() {
        return status;
    }

    public HttpHeaders headers() {
        return headers;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
