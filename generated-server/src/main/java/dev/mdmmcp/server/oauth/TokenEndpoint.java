package dev.mdmmcp.server.oauth;

import com.nimbusds.oauth2.sdk.TokenRequest;
import dev.mdmmcp.server.store.StoreUnavailableException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code POST /oauth/token}: a form (RFC 6749 section 3.2) answered with tokens or an OAuth error. */
public final class TokenEndpoint implements HttpService {

    private final TokenRequests requests;
    private final OAuthUrls urls;

    TokenEndpoint(TokenRequests requests, OAuthUrls urls) {
        this.requests = requests;
        this.urls = urls;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::token);
    }

    private void token(ServerRequest request, ServerResponse response) {
        NimbusHttp.readOrAnswerError(request, urls.endpoint(OAuthUrls.TOKEN), TokenRequest::parse, response)
                .ifPresent(token -> answer(token, response));
    }

    private void answer(TokenRequest token, ServerResponse response) {
        try {
            NimbusHttp.send(requests.answer(token).toHTTPResponse(), response);
        } catch (StoreUnavailableException e) {
            response.status(Status.SERVICE_UNAVAILABLE_503).send();
        }
    }
}
