package dev.mdmmcp.server.oauth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import dev.mdmmcp.server.store.StoreUnavailableException;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The discovery documents under {@code /.well-known}: Authorization Server Metadata (RFC 8414)
 * at {@code oauth-authorization-server}, and for each OAuth server its Protected Resource
 * Metadata (RFC 9728) at {@code oauth-protected-resource} followed by the server's path. Both are
 * public and readable from any origin.
 */
public final class MetadataEndpoints implements HttpService {

    public static final String PATH = "/.well-known";
    /** The MCP authorization spec: a client may use the URL of its metadata document as client_id. */
    private static final String CLIENT_ID_METADATA_DOCUMENT_SUPPORTED = "client_id_metadata_document_supported";

    private final OAuthServers servers;
    private final OAuthUrls urls;
    private final ObjectMapper mapper;

    MetadataEndpoints(OAuthServers servers, OAuthUrls urls, ObjectMapper mapper) {
        this.servers = servers;
        this.urls = urls;
        this.mapper = mapper;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/oauth-authorization-server", this::authorizationServer)
                .get("/oauth-authorization-server/*", this::authorizationServer)
                .get("/oauth-protected-resource/*", this::protectedResource);
    }

    private void authorizationServer(ServerRequest request, ServerResponse response) {
        send(response, authorizationServerMetadata().toJSONObject().toJSONString());
    }

    AuthorizationServerMetadata authorizationServerMetadata() {
        AuthorizationServerMetadata metadata = new AuthorizationServerMetadata(new Issuer(urls.issuer()));
        metadata.setAuthorizationEndpointURI(urls.endpoint(OAuthUrls.AUTHORIZE));
        metadata.setTokenEndpointURI(urls.endpoint(OAuthUrls.TOKEN));
        metadata.setRegistrationEndpointURI(urls.endpoint(OAuthUrls.REGISTER));
        metadata.setRevocationEndpointURI(urls.endpoint(OAuthUrls.REVOKE));
        metadata.setScopes(new Scope(Scopes.READ, Scopes.WRITE));
        metadata.setResponseTypes(List.of(ResponseType.CODE));
        metadata.setResponseModes(List.of(ResponseMode.QUERY));
        metadata.setGrantTypes(List.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN));
        metadata.setCodeChallengeMethods(List.of(CodeChallengeMethod.S256));
        List<ClientAuthenticationMethod> methods = List.of(ClientAuthenticationMethod.NONE,
                ClientAuthenticationMethod.CLIENT_SECRET_POST, ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        metadata.setTokenEndpointAuthMethods(methods);
        metadata.setRevocationEndpointAuthMethods(methods);
        metadata.setSupportsAuthorizationResponseIssuerParam(true);
        metadata.setCustomParameter(CLIENT_ID_METADATA_DOCUMENT_SUPPORTED, true);
        return metadata;
    }

    private void protectedResource(ServerRequest request, ServerResponse response) {
        String path = request.path().absolute().rawPath();
        int at = path.lastIndexOf(OAuthUrls.RESOURCE_PATH);
        String key = at < 0 ? "" : path.substring(at + OAuthUrls.RESOURCE_PATH.length());
        Optional<OAuthServer> server;
        try {
            server = key.isEmpty() || key.contains("/") ? Optional.empty() : servers.find(key);
        } catch (StoreUnavailableException e) {
            response.status(Status.SERVICE_UNAVAILABLE_503).send();
            return;
        }
        if (server.isEmpty()) {
            response.status(Status.NOT_FOUND_404).send();
            return;
        }
        ObjectNode metadata = mapper.createObjectNode();
        metadata.put("resource", urls.resource(key).toString());
        metadata.putArray("authorization_servers").add(urls.issuer().toString());
        server.get().scopes().forEach(metadata.putArray("scopes_supported")::add);
        metadata.putArray("bearer_methods_supported").add("header");
        metadata.put("resource_name", server.get().name());
        send(response, metadata.toString());
    }

    private static void send(ServerResponse response, String json) {
        response.header(HeaderNames.CONTENT_TYPE, "application/json");
        response.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.header(HeaderNames.CACHE_CONTROL, "max-age=300");
        response.send(json.getBytes(StandardCharsets.UTF_8));
    }
}
