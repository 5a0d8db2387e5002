package dev.mdmmcp.server.oauth;

import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import dev.mdmmcp.server.access.TokenHash;
import dev.mdmmcp.server.store.GrantStore;
import dev.mdmmcp.server.store.StoreUnavailableException;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code POST /oauth/revoke} (RFC 7009): a client revokes one of its tokens. A refresh token ends
 * its whole grant; an access token only itself. The answer is 200 whether or not the token was
 * known, so it tells nothing about other clients' tokens.
 */
public final class RevokeEndpoint implements HttpService {

    private final GrantStore grants;
    private final ClientAuthentications clients;
    private final OAuthUrls urls;

    RevokeEndpoint(GrantStore grants, ClientAuthentications clients, OAuthUrls urls) {
        this.grants = grants;
        this.clients = clients;
        this.urls = urls;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::revoke);
    }

    private void revoke(ServerRequest request, ServerResponse response) {
        NimbusHttp.readOrAnswerError(request, urls.endpoint(OAuthUrls.REVOKE), TokenRevocationRequest::parse, response)
                .ifPresent(revocation -> answer(revocation, response));
    }

    private void answer(TokenRevocationRequest revocation, ServerResponse response) {
        try {
            switch (clients.authenticate(revocation.getClientAuthentication(), revocation.getClientID())) {
                case ClientAuthentications.Failed failed ->
                        NimbusHttp.send(new TokenErrorResponse(failed.error()).toHTTPResponse(), response);
                case ClientAuthentications.Authenticated authenticated -> {
                    grants.revokeToken(TokenHash.of(revocation.getToken().getValue()), authenticated.client().clientId());
                    response.header(HeaderNames.CACHE_CONTROL, "no-store");
                    response.status(Status.OK_200).send();
                }
            }
        } catch (StoreUnavailableException e) {
            response.status(Status.SERVICE_UNAVAILABLE_503).send();
        }
    }
}
