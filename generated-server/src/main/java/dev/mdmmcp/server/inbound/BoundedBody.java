package dev.mdmmcp.server.inbound;

import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/**
 * Reads a request body of at most {@code max_request_bytes}: a declared larger length is refused
 * before anything is read, a chunked body as soon as it passes the limit, so no request can make
 * the server hold more than the limit in memory. Every endpoint that reads a body reads it here.
 */
public final class BoundedBody {

    private final long maxBytes;

    public BoundedBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Whether the request has a body at all (reading an absent entity throws in Helidon). */
    public static boolean present(ServerRequest request) {
        return request.content().hasEntity();
    }

    /**
     * The body's bytes; empty when there is none.
     *
     * @throws TooLarge when it is longer than the limit
     */
    public byte[] read(ServerRequest request) throws TooLarge {
        if (!present(request)) {
            return new byte[0];
        }
        OptionalLong declared = request.headers().contentLength();
        if (declared.isPresent() && declared.getAsLong() > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        byte[] bytes;
        try (InputStream in = request.content().inputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("the request body could not be read", e);
        }
        if (bytes.length > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        return bytes;
    }

    /** A body over the limit; the message names the limit and its key. */
    public static final class TooLarge extends Exception {

        TooLarge(long maxBytes) {
            super("the body is larger than " + maxBytes + " bytes (max_request_bytes)", null, false, false);
        }
    }
}
