package dev.mdmmcp.server.mcp;

import dev.mdmmcp.server.inbound.BoundedBody;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the body of a POST as strict UTF-8, at most {@code max_request_bytes} of it. A larger
 * body gets a JSON-RPC error with HTTP 413 instead of a dropped connection: a declared length is
 * refused before anything is read, a chunked body as soon as it passes the limit.
 */
final class RequestBody {

    private final BoundedBody body;

    RequestBody(long maxBytes) {
        this.body = new BoundedBody(maxBytes);
    }

    String read(ServerRequest request) {
        if (!BoundedBody.present(request)) {
            throw new RequestRejected(Status.BAD_REQUEST_400, JsonRpcErrors.PARSE_ERROR, "Parse error: the request has no body");
        }
        byte[] bytes;
        try {
            bytes = body.read(request);
        } catch (BoundedBody.TooLarge e) {
            throw new RequestRejected(Status.REQUEST_ENTITY_TOO_LARGE_413, JsonRpcErrors.INVALID_REQUEST,
                    "Invalid Request: " + e.getMessage());
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
}
