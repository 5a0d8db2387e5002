package dev.mdmmcp.server.oauth;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.access.NewTokens;
import dev.mdmmcp.server.access.ServerDefinition;
import dev.mdmmcp.server.store.Store;
import io.helidon.webserver.http.HttpService;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * The OAuth 2.1 authorization server of OAuth servers, assembled once per process: discovery
 * documents, authorization, token, registration and revocation endpoints, the seam for sign-in
 * ({@link AuthorizationGrants}) and the access-token check of the MCP endpoint
 * ({@link ProtectedResources}).
 */
public final class AuthorizationServer {

    private final OAuthUrls urls;
    private final OAuthServers servers;
    private final AuthorizationGrants grants;
    private final ProtectedResources resources;
    private final AuthorizeEndpoint authorize;
    private final TokenEndpoint token;
    private final RegisterEndpoint register;
    private final RevokeEndpoint revoke;
    private final MetadataEndpoints metadata;

    /**
     * @param definitions the definition (account connection, tools) of an OAuth server by key
     * @param clientMetadata the client a metadata document URL describes
     */
    public AuthorizationServer(Store store, OAuthServers servers, OAuthUrls urls,
            Function<String, Optional<ServerDefinition>> definitions,
            Function<String, Optional<OAuthClient>> clientMetadata, OAuthSettings settings, NewTokens tokens,
            ObjectMapper mapper, Clock clock) {
        this.urls = urls;
        this.servers = servers;
        OAuthClients clients = new OAuthClients(store.oauthClients(), clientMetadata);
        ClientAuthentications authentications = new ClientAuthentications(clients);
        this.grants = new AuthorizationGrants(store, servers, urls, tokens, settings, clock);
        this.resources = ProtectedResources.create(definitions, store.grants(), urls, clock);
        this.authorize = new AuthorizeEndpoint(new AuthorizationRequests(store, clients, servers, urls, tokens, clock));
        this.token = new TokenEndpoint(new TokenRequests(store.grants(), servers, authentications, tokens, settings, clock),
                urls);
        this.register = new RegisterEndpoint(new ClientRegistrations(store.oauthClients(), tokens, clock), urls);
        this.revoke = new RevokeEndpoint(store.grants(), authentications, urls);
        this.metadata = new MetadataEndpoints(servers, urls, mapper);
    }

    /** The discovery documents, under {@link MetadataEndpoints#PATH}. */
    public HttpService metadata() {
        return metadata;
    }

    /** {@link OAuthUrls#AUTHORIZE}. */
    public HttpService authorize() {
        return authorize;
    }

    /** {@link OAuthUrls#TOKEN}. */
    public HttpService token() {
        return token;
    }

    /** {@link OAuthUrls#REGISTER}. */
    public HttpService register() {
        return register;
    }

    /** {@link OAuthUrls#REVOKE}. */
    public HttpService revoke() {
        return revoke;
    }

    public AuthorizationGrants grants() {
        return grants;
    }

    public ProtectedResources resources() {
        return resources;
    }

    public OAuthServers servers() {
        return servers;
    }

    public OAuthUrls urls() {
        return urls;
    }
}
