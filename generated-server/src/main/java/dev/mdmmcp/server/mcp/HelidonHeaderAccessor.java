package dev.mdmmcp.server.mcp;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.modelcontextprotocol.server.transport.HeaderAccessor;
import java.util.ArrayList;
import java.util.List;

/** Lets the SDK's Host/Origin validator read Helidon request headers (names are case-insensitive). */
final class HelidonHeaderAccessor implements HeaderAccessor {

    private final Headers headers;

    HelidonHeaderAccessor(Headers headers) {
        this.headers = headers;
    }

    @Override
    public List<String> getHeader(String name) {
        return headers.all(HeaderNames.create(name), List::of);
    }

    @Override
    public List<String> getHeaderNames() {
        List<String> names = new ArrayList<>();
        for (Header header : headers) {
            names.add(header.name());
        }
        return names;
    }
}
