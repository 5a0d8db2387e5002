package dev.mdmmcp.server.oauth;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.client.ClientInformation;
import com.nimbusds.oauth2.sdk.client.ClientMetadata;
import com.nimbusds.oauth2.sdk.client.RegistrationError;
import com.nimbusds.oauth2.sdk.id.ClientID;
import dev.mdmmcp.server.access.NewTokens;
import dev.mdmmcp.server.access.TokenHash;
import dev.mdmmcp.server.store.OAuthClientStore;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Dynamic Client Registration (RFC 7591): checks a client's metadata and registers it. Clients
 * use the authorization code grant (with refresh tokens); public clients ({@code none}) get no
 * secret, confidential ones ({@code client_secret_post}, {@code client_secret_basic}) a secret of
 * which only the hash is kept. Redirect URIs are https, or http on a loopback host (RFC 8252).
 */
public final class ClientRegistrations {

    /** A registration, or why it was refused. */
    public sealed interface Result {
    }

    public record Registered(ClientInformation client) implements Result {
    }

    public record Refused(ErrorObject error) implements Result {
    }

    private static final Logger LOGGER = Logger.getLogger(ClientRegistrations.class.getName());
    private static final int MAX_REDIRECT_URIS = 20;
    private static final Set<GrantType> GRANT_TYPES = Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN);
    private static final Set<ClientAuthenticationMethod> AUTH_METHODS = Set.of(ClientAuthenticationMethod.NONE,
            ClientAuthenticationMethod.CLIENT_SECRET_POST, ClientAuthenticationMethod.CLIENT_SECRET_BASIC);

    private final OAuthClientStore store;
    private final NewTokens tokens;
    private final Clock clock;

    public ClientRegistrations(OAuthClientStore store, NewTokens tokens, Clock clock) {
        this.store = store;
        this.tokens = tokens;
        this.clock = clock;
    }

    public Result register(ClientMetadata metadata) {
        Optional<ErrorObject> problem = problem(metadata);
        if (problem.isPresent()) {
            return new Refused(problem.get());
        }
        if (metadata.getGrantTypes() == null) {
            metadata.setGrantTypes(Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN));
        }
        if (metadata.getResponseTypes() == null) {
            metadata.setResponseTypes(Set.of(ResponseType.CODE));
        }
        if (metadata.getTokenEndpointAuthMethod() == null) {
            metadata.setTokenEndpointAuthMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ClientID id = new ClientID(tokens.next());
        Secret secret = ClientAuthenticationMethod.NONE.equals(metadata.getTokenEndpointAuthMethod())
                ? null
                : new Secret(tokens.next());
        store.insert(new OAuthClientStore.RegisteredClient(id.getValue(), metadata.toJSONObject().toJSONString(),
                Optional.ofNullable(secret).map(value -> TokenHash.of(value.getValue())), now));
        LOGGER.info("oauth: registered client " + id.getValue() + " (" + LogText.of(ClientNames.of(metadata.getName(),
                id.getValue())) + ")");
        return new Registered(new ClientInformation(id, Date.from(now), metadata, secret));
    }

    private static Optional<ErrorObject> problem(ClientMetadata metadata) {
        List<URI> redirects = metadata.getRedirectionURIs() == null ? List.of() : List.copyOf(metadata.getRedirectionURIs());
        if (redirects.isEmpty() || redirects.size() > MAX_REDIRECT_URIS) {
            return Optional.of(RegistrationError.INVALID_REDIRECT_URI.setDescription(
                    "redirect_uris must list 1 to " + MAX_REDIRECT_URIS + " URIs"));
        }
        for (URI redirect : redirects) {
            if (!RedirectUris.acceptable(redirect)) {
                return Optional.of(RegistrationError.INVALID_REDIRECT_URI.setDescription(
                        "every redirect URI must be https, or http on a loopback host (127.0.0.1, [::1], localhost),"
                                + " without a fragment"));
            }
        }
        if (metadata.getGrantTypes() != null && !GRANT_TYPES.containsAll(metadata.getGrantTypes())) {
            return Optional.of(RegistrationError.INVALID_CLIENT_METADATA.setDescription(
                    "grant_types may hold only authorization_code and refresh_token"));
        }
        if (metadata.getResponseTypes() != null && !Set.of(ResponseType.CODE).containsAll(metadata.getResponseTypes())) {
            return Optional.of(RegistrationError.INVALID_CLIENT_METADATA.setDescription("response_types may hold only code"));
        }
        if (metadata.getTokenEndpointAuthMethod() != null && !AUTH_METHODS.contains(metadata.getTokenEndpointAuthMethod())) {
            return Optional.of(RegistrationError.INVALID_CLIENT_METADATA.setDescription(
                    "token_endpoint_auth_method must be none, client_secret_post or client_secret_basic"));
        }
        if (metadata.getName() != null && metadata.getName().length() > ClientNames.MAX_LENGTH) {
            return Optional.of(RegistrationError.INVALID_CLIENT_METADATA.setDescription(
                    "client_name is longer than " + ClientNames.MAX_LENGTH + " characters"));
        }
        return Optional.empty();
    }

    /** Which redirect URIs a client may register or list in its metadata document. */
    static final class RedirectUris {

        private RedirectUris() {
        }

        static boolean acceptable(URI uri) {
            if (!uri.isAbsolute() || uri.getRawFragment() != null || uri.getHost() == null) {
                return false;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("https") || scheme.equals("http") && isLoopback(uri.getHost());
        }

        private static boolean isLoopback(String host) {
            return host.equals("127.0.0.1") || host.equals("[::1]") || host.equalsIgnoreCase("localhost");
        }
    }
}
