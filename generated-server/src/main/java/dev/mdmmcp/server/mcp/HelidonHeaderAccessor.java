package dev.mdmmcp.server.mcp;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.modelcontextprotocol.server.transport.HeaderAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lets the SDK's Host/Origin validator read Helidon request headers. Header names are
 * case-insensitive, and so are the host names in {@code Host} and {@code Origin}: their values are
 * handed over in lower case ({@link HostAndOriginCheck} lower-cases what it allows).
 */
final class HelidonHeaderAccessor implements HeaderAccessor {

    private final Headers headers;

    HelidonHeaderAccessor(Headers headers) {
        this.headers = headers;
    }

    @Override
    public List<String> getHeader(String name) {
        List<String> values = headers.all(HeaderNames.create(name), List::of);
        if (name.equalsIgnoreCase("Host") || name.equalsIgnoreCase("Origin")) {
            return values.stream().map(value -> value.toLowerCase(Locale.ROOT)).toList();
        }
        return values;
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
