package dev.mdmmcp.server.oauth;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.Response;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import dev.mdmmcp.server.access.NewTokens;
import dev.mdmmcp.server.access.TokenHash;
import dev.mdmmcp.server.store.GrantRecord;
import dev.mdmmcp.server.store.GrantStore;
import dev.mdmmcp.server.store.IssuedToken;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The token endpoint's grants: an authorization code (once, by the client it was issued to, with
 * the same redirect URI, the PKCE verifier of its challenge, and no other resource) and a refresh
 * token (rotated on every use; a second use revokes the grant). Access tokens and refresh tokens
 * are random; the store keeps their hashes.
 */
final class TokenRequests {

    private static final Logger LOGGER = Logger.getLogger(TokenRequests.class.getName());

    private final GrantStore grants;
    private final OAuthServers servers;
    private final ClientAuthentications clients;
    private final NewTokens tokens;
    private final OAuthSettings settings;
    private final Clock clock;

    TokenRequests(GrantStore grants, OAuthServers servers, ClientAuthentications clients, NewTokens tokens,
            OAuthSettings settings, Clock clock) {
        this.grants = grants;
        this.servers = servers;
        this.clients = clients;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
    }

    Response answer(TokenRequest request) {
        OAuthClient client;
        switch (clients.authenticate(request.getClientAuthentication(), request.getClientID())) {
            case ClientAuthentications.Failed failed -> {
                return new TokenErrorResponse(failed.error());
            }
            case ClientAuthentications.Authenticated authenticated -> client = authenticated.client();
        }
        return switch (request.getAuthorizationGrant()) {
            case AuthorizationCodeGrant code -> exchange(code, client, request.getResources());
            case RefreshTokenGrant refresh -> refresh(refresh, client, request.getResources(), request.getScope());
            default -> new TokenErrorResponse(OAuth2Error.UNSUPPORTED_GRANT_TYPE.setDescription(
                    "only authorization_code and refresh_token"));
        };
    }

    private Response exchange(AuthorizationCodeGrant code, OAuthClient client, List<URI> resources) {
        Instant now = clock.instant();
        GrantStore.Redeemed redeemed;
        switch (grants.redeem(TokenHash.of(code.getAuthorizationCode().getValue()), now)) {
            case GrantStore.Unknown unknown -> {
                return invalidGrant("the authorization code is unknown or expired");
            }
            case GrantStore.Replayed replayed -> {
                LOGGER.warning("oauth: an authorization code was used a second time: its grant is revoked");
                return invalidGrant("the authorization code was used already; its grant is revoked");
            }
            case GrantStore.Redeemed found -> redeemed = found;
        }
        GrantRecord grant = redeemed.grant();
        String refusal = codeMismatch(redeemed, client, code, resources);
        if (refusal != null) {
            // The code is spent either way: nothing is granted on it.
            grants.delete(grant.id());
            LOGGER.warning("oauth: an authorization code was refused (" + refusal + "): its grant is revoked");
            return refusal.startsWith("resource") ? new TokenErrorResponse(OAuth2Error.INVALID_TARGET.setDescription(refusal))
                    : invalidGrant(refusal);
        }
        if (servers.find(grant.serverKey()).isEmpty()) {
            grants.delete(grant.id());
            return invalidGrant("the MCP server of this grant no longer exists");
        }
        return issue(grant, now);
    }

    /** Why the code cannot be exchanged by this request, or null. */
    private static String codeMismatch(GrantStore.Redeemed redeemed, OAuthClient client, AuthorizationCodeGrant code,
            List<URI> resources) {
        if (!redeemed.grant().clientId().equals(client.clientId())) {
            return "the authorization code was issued to another client";
        }
        if (code.getRedirectionURI() == null
                || !code.getRedirectionURI().toString().equals(redeemed.code().redirectUri().toString())) {
            return "redirect_uri differs from the authorization request's";
        }
        CodeVerifier verifier = code.getCodeVerifier();
        if (verifier == null || !CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue()
                .equals(redeemed.code().codeChallenge())) {
            return "the PKCE code_verifier does not match the code_challenge";
        }
        if (resources != null && !resources.isEmpty() && !onlyResource(resources, redeemed.grant().resource())) {
            return "resource differs from the one authorized";
        }
        return null;
    }

    private Response refresh(RefreshTokenGrant refresh, OAuthClient client, List<URI> resources, Scope scope) {
        Instant now = clock.instant();
        String hash = TokenHash.of(refresh.getRefreshToken().getValue());
        GrantStore.Rotation rotation = grants.rotate(hash, client.clientId(), now);
        return switch (rotation) {
            case GrantStore.NotFound notFound -> invalidGrant("the refresh token is unknown, expired or revoked");
            case GrantStore.Reused reused -> {
                LOGGER.warning("oauth: a refresh token was used a second time: its grant and every token of it are revoked");
                yield invalidGrant("the refresh token was used already; its grant is revoked");
            }
            case GrantStore.Rotated rotated -> {
                GrantRecord grant = rotated.grant();
                if (resources != null && !resources.isEmpty() && !onlyResource(resources, grant.resource())) {
                    yield new TokenErrorResponse(OAuth2Error.INVALID_TARGET.setDescription(
                            "resource differs from the one authorized"));
                }
                if (scope != null && !new Scope(grant.scope().split(" ")).containsAll(scope)) {
                    yield new TokenErrorResponse(OAuth2Error.INVALID_SCOPE.setDescription(
                            "the scope asked for is wider than the grant's: " + grant.scope()));
                }
                yield issue(grant, now);
            }
        };
    }

    private Response issue(GrantRecord grant, Instant now) {
        String access = tokens.next();
        String refresh = tokens.next();
        Instant accessExpires = earliest(now.plus(settings.accessTokenLifetime()), grant.expiresAt());
        if (!grants.addTokens(grant.id(), List.of(new IssuedToken(TokenHash.of(access), false, accessExpires),
                new IssuedToken(TokenHash.of(refresh), true, grant.expiresAt())))) {
            return invalidGrant("the grant was revoked");
        }
        long lifetime = Math.max(1, Duration.between(now, accessExpires).toSeconds());
        return new AccessTokenResponse(new Tokens(new BearerAccessToken(access, lifetime, new Scope(grant.scope().split(" "))),
                new RefreshToken(refresh)));
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static boolean onlyResource(List<URI> resources, URI granted) {
        return resources.size() == 1 && resources.get(0).toString().equals(granted.toString());
    }

    private static TokenErrorResponse invalidGrant(String description) {
        ErrorObject error = OAuth2Error.INVALID_GRANT.setDescription(description);
        return new TokenErrorResponse(error);
    }
}
