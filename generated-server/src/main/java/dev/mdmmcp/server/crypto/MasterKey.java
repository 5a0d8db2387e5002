package dev.mdmmcp.server.crypto;

import dev.mdmmcp.server.config.MasterKeyText;
import dev.mdmmcp.server.config.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that seals vendor credentials in the store, with a short id derived from it.
 * Every sealed record keeps the id of its key, so a server started with another key says so at
 * startup instead of failing on the first call. The id is a hash prefix: it tells keys apart
 * without revealing anything about them.
 */
public final class MasterKey {

    private final SecretKey key;
    private final String id;

    private MasterKey(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
        this.id = idOf(key);
    }

    /** The key in base64 text, as {@code MDM_MCP_MASTER_KEY} and the key file hold it. */
    public static MasterKey of(Secret base64) {
        return new MasterKey(MasterKeyText.decode(base64.reveal()));
    }

    public static MasterKey generate(SecureRandom random) {
        byte[] key = new byte[MasterKeyText.LENGTH_BYTES];
        random.nextBytes(key);
        return new MasterKey(key);
    }

    public String id() {
        return id;
    }

    SecretKey secretKey() {
        return key;
    }

    /**
     * A key of its own for another purpose (e.g. sealing browser sessions), derived from this one
     * with HMAC-SHA256, so instances that share the master key share it too, and it reveals
     * nothing about the master key.
     */
    public SecretKey derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return new SecretKeySpec(mac.doFinal(("mdm-mcp derived key\n" + purpose).getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    /** The key as base64 text, for the key file. */
    Secret toBase64() {
        return new Secret(Base64.getEncoder().encodeToString(key.getEncoded()));
    }

    private static String idOf(byte[] key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("mdm-mcp master key id\n".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha256.digest(key), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[id=" + id + "]";
    }
}
