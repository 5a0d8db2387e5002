package dev.mdmmcp.server.oauth;

import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.util.MultivaluedMapUtils;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import dev.mdmmcp.server.access.NewTokens;
import dev.mdmmcp.server.store.PendingRecord;
import dev.mdmmcp.server.store.Store;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an authorization request (its query string) and, when valid, stores it as a pending
 * authorization for sign-in.
 */
public final class AuthorizationRequests {

    /** What the browser is told. */
    public sealed interface Outcome {
    }

    /** Go there: sign-in for a valid request, the client's redirect URI with an error otherwise. */
    public record Redirect(URI location) implements Outcome {
    }

    /** The client or its redirect URI cannot be trusted: show this, send the browser nowhere. */
    public record Refused(String message) implements Outcome {
    }

    private static final int MAX_STATE_LENGTH = 2048;

    private final Store store;
    private final OAuthClients clients;
    private final OAuthServers servers;
    private final OAuthUrls urls;
    private final NewTokens ids;
    private final Clock clock;

    public AuthorizationRequests(Store store, OAuthClients clients, OAuthServers servers, OAuthUrls urls, NewTokens ids,
            Clock clock) {
        this.store = store;
        this.clients = clients;
        this.servers = servers;
        this.urls = urls;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * @param query the raw query string of {@code GET /oauth/authorize}
     * @throws dev.mdmmcp.server.store.StoreUnavailableException when the store cannot be asked right now
     */
    public Outcome check(String query) {
        Map<String, List<String>> parameters = URLUtils.parseParameters(query);
        String clientId = MultivaluedMapUtils.getFirstValue(parameters, "client_id");
        if (clientId == null || clientId.isBlank()) {
            return new Refused("The request names no client (client_id is missing).");
        }
        Optional<OAuthClient> client = clients.find(clientId);
        if (client.isEmpty()) {
            return new Refused("The client that sent you here is not known to this server: it is not registered, or"
                    + " its metadata document could not be fetched or is invalid.");
        }
        String redirect = MultivaluedMapUtils.getFirstValue(parameters, "redirect_uri");
        Optional<URI> redirectUri = uri(redirect);
        if (redirectUri.isEmpty()) {
            return new Refused("The request names no valid redirect URI (redirect_uri).");
        }
        if (!client.get().allowsRedirect(redirectUri.get())) {
            return new Refused("The redirect URI of this request is not one of the client's registered redirect URIs.");
        }
        State state = Optional.ofNullable(MultivaluedMapUtils.getFirstValue(parameters, "state")).map(State::new).orElse(null);
        AuthorizationRequest request;
        try {
            request = AuthorizationRequest.parse(parameters);
        } catch (ParseException e) {
            return error(redirectUri.get(), OAuth2Error.INVALID_REQUEST.setDescription(describe(e)), state);
        }
        return check(request, client.get(), redirectUri.get(), state);
    }

    private Outcome check(AuthorizationRequest request, OAuthClient client, URI redirectUri, State state) {
        if (!ResponseType.CODE.equals(request.getResponseType())) {
            return error(redirectUri, OAuth2Error.UNSUPPORTED_RESPONSE_TYPE.setDescription("only response_type=code"), state);
        }
        if (request.getResponseMode() != null && !ResponseMode.QUERY.equals(request.getResponseMode())) {
            return error(redirectUri, OAuth2Error.INVALID_REQUEST.setDescription("only response_mode=query"), state);
        }
        if (request.getCodeChallenge() == null) {
            return error(redirectUri, OAuth2Error.INVALID_REQUEST.setDescription("code_challenge is required (PKCE)"), state);
        }
        if (!CodeChallengeMethod.S256.equals(request.getCodeChallengeMethod())) {
            return error(redirectUri, OAuth2Error.INVALID_REQUEST.setDescription(
                    "code_challenge_method must be S256"), state);
        }
        if (state != null && state.getValue().length() > MAX_STATE_LENGTH) {
            return error(redirectUri, OAuth2Error.INVALID_REQUEST.setDescription("state is too long"), null);
        }
        List<URI> resources = request.getResources() == null ? List.of() : request.getResources();
        if (resources.size() != 1) {
            return error(redirectUri, OAuth2Error.INVALID_TARGET.setDescription(
                    "name exactly one resource: the URL of the MCP server"), state);
        }
        Optional<OAuthServer> server = urls.serverKeyOf(resources.get(0)).flatMap(servers::find);
        if (server.isEmpty()) {
            return error(redirectUri, OAuth2Error.INVALID_TARGET.setDescription(
                    "the resource is not an MCP server of this authorization server, or it has expired"), state);
        }
        List<String> offered = server.get().scopes();
        Scope asked = request.getScope();
        List<String> scope = asked == null || asked.isEmpty() ? offered : asked.toStringList();
        if (!offered.containsAll(scope)) {
            return error(redirectUri, OAuth2Error.INVALID_SCOPE.setDescription("this server offers the scopes "
                    + String.join(" ", offered)), state);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        PendingRecord pending = new PendingRecord(ids.next(), server.get().key(), urls.resource(server.get().key()),
                client.clientId(), client.name(), redirectUri, Optional.ofNullable(state).map(State::getValue),
                request.getCodeChallenge().getValue(), String.join(" ", scope), now, now.plus(OAuthSettings.PENDING_LIFETIME));
        store.pending().insert(pending);
        return new Redirect(urls.signIn(pending.id()));
    }

    private Redirect error(URI redirectUri, ErrorObject error, State state) {
        return new Redirect(new AuthorizationErrorResponse(redirectUri, error, state, new Issuer(urls.issuer()),
                ResponseMode.QUERY).toURI());
    }

    private static Optional<URI> uri(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && uri.getRawFragment() == null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Nimbus's message names the parameter; never a value of the request. */
    private static String describe(ParseException e) {
        return e.getErrorObject() != null && e.getErrorObject().getDescription() != null
                ? e.getErrorObject().getDescription()
                : "the request is malformed";
    }
}
