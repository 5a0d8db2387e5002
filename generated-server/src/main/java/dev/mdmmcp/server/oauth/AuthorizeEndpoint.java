package dev.mdmmcp.server.oauth;

import dev.mdmmcp.server.store.StoreUnavailableException;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;

/**
 * The authorization endpoint, {@code GET /oauth/authorize}. A request whose client or redirect
 * URI cannot be trusted gets a plain 400 and is sent nowhere (RFC 6749 section 4.1.2.1); any
 * other invalid request goes back to the client's redirect URI with the error, its {@code state}
 * and {@code iss}. A valid one (code flow, PKCE S256, one {@code resource} naming an OAuth
 * server, a scope that server offers) is stored and the browser goes on to sign-in.
 */
public final class AuthorizeEndpoint implements HttpService {

    private final AuthorizationRequests requests;

    public AuthorizeEndpoint(AuthorizationRequests requests) {
        this.requests = requests;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::authorize);
    }

    private void authorize(ServerRequest request, ServerResponse response) {
        AuthorizationRequests.Outcome outcome;
        try {
            outcome = requests.check(request.query().rawValue());
        } catch (StoreUnavailableException e) {
            plain(response, Status.SERVICE_UNAVAILABLE_503, "The server cannot reach its store right now; try again in"
                    + " a minute.");
            return;
        }
        switch (outcome) {
            case AuthorizationRequests.Redirect redirect -> {
                response.header(HeaderNames.CACHE_CONTROL, "no-store");
                response.header(HeaderNames.LOCATION, redirect.location().toString());
                response.status(Status.FOUND_302).send();
            }
            case AuthorizationRequests.Refused refused -> plain(response, Status.BAD_REQUEST_400, refused.message());
        }
    }

    private static void plain(ServerResponse response, Status status, String message) {
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(message.getBytes(StandardCharsets.UTF_8));
    }
}
