package dev.mdmmcp.server.auth;

import java.util.Map;

/**
 * Authenticates requests to one account, in the way its vendor's auth style prescribes. There
 * is one small implementation per {@link dev.mdmmcp.auth.AuthStyle}; see {@link Authenticators}.
 */
public interface Authenticator {

    /**
     * The headers that authenticate one request.
     *
     * @throws dev.mdmmcp.server.result.ToolFailure when credentials cannot be obtained (token endpoint down or refusing)
     */
    Map<String, String> headers();

    /**
     * The vendor answered 401 to a request sent with {@code sentHeaders}.
     *
     * @return {@code true} when renewed credentials may succeed, so the call is worth one retry
     */
    default boolean renewAfterRejection(Map<String, String> sentHeaders) {
        return false;
    }
}
