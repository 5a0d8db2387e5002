package dev.mdmmcp.server.mcp;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * Reads the body of a POST as strict UTF-8, at most {@code max_request_bytes} of it. A larger
 * body gets a JSON-RPC error with HTTP 413 instead of a dropped connection: a declared length is
 * refused before anything is read, a chunked body as soon as it passes the limit.
 */
final class RequestBody {

    private final long maxBytes;

    RequestBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    String read(ServerRequest request) throws RequestRejected {
        // Reading an absent entity throws in Helidon: check first.
        if (!request.content().hasEntity()) {
            throw new RequestRejected(Status.BAD_REQUEST_400, JsonRpcErrors.PARSE_ERROR, "Parse error: the request has no body");
        }
        OptionalLong declared = request.headers().contentLength();
        if (declared.isPresent() && declared.getAsLong() > maxBytes) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = request.content().inputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("the request body could not be read", e);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RequestRejected(Status.BAD_REQUEST_400, JsonRpcErrors.PARSE_ERROR,
                    "Parse error: the body is not valid UTF-8");
        }
    }

    private RequestRejected tooLarge() {
        return new RequestRejected(Status.REQUEST_ENTITY_TOO_LARGE_413, JsonRpcErrors.INVALID_REQUEST,
                "Invalid Request: the body is larger than " + maxBytes + " bytes (max_request_bytes)");
    }
}
