package dev.mdmmcp.server.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens values with AES-256-GCM under the master key. A fresh random 96-bit nonce per
 * value; the caller's {@code context} (say, the record's id) is authenticated with it, so a
 * sealed value copied onto another record does not open there. A wrong key or an altered value
 * is a {@link SealException}, never garbage.
 */
public final class CredentialSealer {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final MasterKey key;
    private final SecureRandom random;

    public CredentialSealer(MasterKey key, SecureRandom random) {
        this.key = key;
        this.random = random;
    }

    public String keyId() {
        return key.id();
    }

    public Sealed seal(byte[] plaintext, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
            byte[] ciphertext = cipher.doFinal(plaintext);
            byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + ciphertext.length);
            System.arraycopy(ciphertext, 0, sealed, NONCE_BYTES, ciphertext.length);
            return new Sealed(key.id(), Base64.getEncoder().encodeToString(sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not usable in this JDK", e);
        }
    }

    /**
     * @throws SealException when another key sealed the value, or it was altered or belongs to another context
     */
    public byte[] open(Sealed sealed, String context) {
        if (!sealed.keyId().equals(key.id())) {
            throw new SealException(context + " was sealed with master key " + sealed.keyId() + ", but this server runs with "
                    + key.id() + ": start it with the master key the store was written with");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.ciphertext());
        } catch (IllegalArgumentException e) {
            throw new SealException(context + " holds a sealed value that is not base64: the store was altered");
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SealException(context + " holds a sealed value that is too short: the store was altered");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES), context);
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new SealException(context + " does not open with master key " + key.id()
                    + ": the sealed value was altered or copied from another record");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not usable in this JDK", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
