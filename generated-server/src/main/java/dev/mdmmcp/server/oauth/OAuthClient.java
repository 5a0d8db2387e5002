package dev.mdmmcp.server.oauth;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A client the authorization server knows: registered (RFC 7591), or described by the metadata
 * document its {@code client_id} URL names.
 *
 * @param clientId its id
 * @param name its name as the consent page shows it
 * @param redirectUris the only redirect URIs it may use, matched exactly
 * @param secretHash SHA-256 (hex) of its secret, for a confidential registered client; empty for a public client
 */
public record OAuthClient(String clientId, String name, List<URI> redirectUris, Optional<String> secretHash) {

    public OAuthClient {
        redirectUris = List.copyOf(redirectUris);
    }

    public boolean allowsRedirect(URI redirectUri) {
        return redirectUris.stream().anyMatch(registered -> registered.toString().equals(redirectUri.toString()));
    }
}
