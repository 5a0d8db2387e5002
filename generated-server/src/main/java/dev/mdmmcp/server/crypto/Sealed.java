package dev.mdmmcp.server.crypto;

/**
 * A value sealed with AES-256-GCM, as the store keeps it.
 *
 * @param keyId the id of the {@link MasterKey} that sealed it
 * @param ciphertext base64 of the 12-byte nonce followed by the ciphertext and its 16-byte tag
 */
public record Sealed(String keyId, String ciphertext) {
}
