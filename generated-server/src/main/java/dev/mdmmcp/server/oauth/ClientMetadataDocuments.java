package dev.mdmmcp.server.oauth;

import java.net.URI;
import java.util.Locale;

/**
 * Client ID Metadata Documents: a {@code client_id} that is an {@code https://} URL with a path
 * names a JSON document with the client's name and redirect URIs.
 */
final class ClientMetadataDocuments {

    private ClientMetadataDocuments() {
    }

    /** Whether {@code clientId} is meant as the URL of a metadata document (rather than a registered id). */
    static boolean isDocumentUrl(String clientId) {
        String lower = clientId.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    static boolean hasPath(URI url) {
        return url.getRawPath() != null && url.getRawPath().length() > 1;
    }
}
