package dev.mdmmcp.server.oauth;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import dev.mdmmcp.server.access.TokenHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who sent a request to the token or revocation endpoint. An unknown client gets
 * {@code invalid_client} (401): Claude then registers again. A confidential client must send its
 * secret; a public client only names itself.
 */
final class ClientAuthentications {

    /** The client, or the error to answer with. */
    sealed interface Result {
    }

    record Authenticated(OAuthClient client) implements Result {
    }

    record Failed(ErrorObject error) implements Result {
    }

    private final OAuthClients clients;

    ClientAuthentications(OAuthClients clients) {
        this.clients = clients;
    }

    /**
     * @param authentication what the request carried (secret basic or post), if anything
     * @param clientId the {@code client_id} parameter of a public client
     */
    Result authenticate(ClientAuthentication authentication, ClientID clientId) {
        ClientID id = authentication != null ? authentication.getClientID() : clientId;
        if (id == null) {
            return new Failed(OAuth2Error.INVALID_CLIENT.setDescription("the request names no client"));
        }
        Optional<OAuthClient> client = clients.find(id.getValue());
        if (client.isEmpty()) {
            return new Failed(OAuth2Error.INVALID_CLIENT.setDescription("unknown client: register again"));
        }
        if (client.get().secretHash().isPresent()) {
            Optional<Secret> secret = switch (authentication) {
                case ClientSecretBasic basic -> Optional.of(basic.getClientSecret());
                case ClientSecretPost post -> Optional.of(post.getClientSecret());
                case null, default -> Optional.empty();
            };
            if (secret.isEmpty() || !MessageDigest.isEqual(
                    TokenHash.of(secret.get().getValue()).getBytes(StandardCharsets.US_ASCII),
                    client.get().secretHash().get().getBytes(StandardCharsets.US_ASCII))) {
                return new Failed(OAuth2Error.INVALID_CLIENT.setDescription("client authentication failed"));
            }
        }
        return new Authenticated(client.get());
    }
}
