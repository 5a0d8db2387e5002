package dev.mdmmcp.server.inbound;

import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import java.util.List;

/**
 * A request carries at most one {@code Authorization} header. With two, which one a check reads
 * is an accident of the code (a valid one beside a forged one would pass), so such a request is
 * refused outright, on every endpoint.
 */
public final class AuthorizationHeader {

    public static final String REPEATED = "send one Authorization header, not several";

    private AuthorizationHeader() {
    }

    public static boolean isRepeated(Headers headers) {
        return headers.all(HeaderNames.AUTHORIZATION, List::of).size() > 1;
    }
}
