package dev.mdmmcp.server.oauth;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.client.ClientMetadata;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import dev.mdmmcp.server.store.OAuthClientStore;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the client of a {@code client_id}: an {@code https://} id is the URL of a Client ID
 * Metadata Document, anything else a client registered with Dynamic Client Registration.
 */
public final class OAuthClients {

    private final OAuthClientStore registered;
    private final Function<String, Optional<OAuthClient>> metadataDocuments;

    /**
     * @param metadataDocuments the client a metadata document URL describes, when it can be fetched and is valid
     */
    public OAuthClients(OAuthClientStore registered, Function<String, Optional<OAuthClient>> metadataDocuments) {
        this.registered = registered;
        this.metadataDocuments = metadataDocuments;
    }

    /**
     * @throws dev.mdmmcp.server.store.StoreUnavailableException when the store cannot be asked right now
     */
    public Optional<OAuthClient> find(String clientId) {
        if (clientId == null || clientId.isEmpty()) {
            return Optional.empty();
        }
        if (ClientMetadataDocuments.isDocumentUrl(clientId)) {
            return metadataDocuments.apply(clientId);
        }
        return registered.find(clientId).map(client -> {
            ClientMetadata metadata;
            try {
                metadata = ClientMetadata.parse(JSONObjectUtils.parse(client.metadata()));
            } catch (ParseException e) {
                throw new IllegalStateException("the stored metadata of OAuth client " + client.clientId() + " is invalid");
            }
            return new OAuthClient(client.clientId(), ClientNames.of(metadata.getName(), client.clientId()),
                    metadata.getRedirectionURIs() == null ? java.util.List.of() : java.util.List.copyOf(metadata.getRedirectionURIs()),
                    client.secretHash());
        });
    }
}
