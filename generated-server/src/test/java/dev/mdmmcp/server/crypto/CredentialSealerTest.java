package dev.mdmmcp.server.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mdmmcp.server.config.Secret;
import dev.mdmmcp.server.json.JsonMappers;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialSealerTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final MasterKey key = MasterKey.generate(RANDOM);
    private final CredentialSealer sealer = new CredentialSealer(key, RANDOM);

    @Test
    void sealedValuesOpenWithTheirKeyAndContextAndHideThePlaintext() {
        byte[] secret = "client-secret-123".getBytes(StandardCharsets.UTF_8);

        Sealed sealed = sealer.seal(secret, "integrated account a1");

        assertThat(sealed.keyId()).isEqualTo(key.id()).hasSize(16);
        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()), StandardCharsets.ISO_8859_1))
                .doesNotContain("client-secret");
        assertThat(sealer.open(sealed, "integrated account a1")).isEqualTo(secret);
        assertThat(sealer.seal(secret, "integrated account a1").ciphertext())
                .as("a fresh nonce per value").isNotEqualTo(sealed.ciphertext());
    }

    @Test
    void anotherKeyIsAClearErrorNeverGarbage() {
        Sealed sealed = sealer.seal("x".getBytes(StandardCharsets.UTF_8), "integrated account a1");
        CredentialSealer other = new CredentialSealer(MasterKey.generate(RANDOM), RANDOM);

        assertThatThrownBy(() -> other.open(sealed, "integrated account a1")).isInstanceOf(SealException.class)
                .hasMessageContaining("integrated account a1 was sealed with master key " + key.id());
        // Even under a forged key id, GCM's tag refuses to open.
        Sealed forged = new Sealed(other.keyId(), sealed.ciphertext());
        assertThatThrownBy(() -> other.open(forged, "integrated account a1")).isInstanceOf(SealException.class)
                .hasMessageContaining("does not open with master key");
    }

    @Test
    void alteredOrMovedValuesDoNotOpen() {
        Sealed sealed = sealer.seal("x".getBytes(StandardCharsets.UTF_8), "integrated account a1");
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[bytes.length - 1] ^= 1;
        Sealed altered = new Sealed(sealed.keyId(), Base64.getEncoder().encodeToString(bytes));

        assertThatThrownBy(() -> sealer.open(altered, "integrated account a1")).isInstanceOf(SealException.class);
        assertThatThrownBy(() -> sealer.open(sealed, "integrated account a2"))
                .as("copied onto another account").isInstanceOf(SealException.class);
        assertThatThrownBy(() -> sealer.open(new Sealed(key.id(), "bm9wZQ=="), "integrated account a1"))
                .isInstanceOf(SealException.class).hasMessageContaining("too short");
    }

    @Test
    void credentialsRoundTripAsSecrets() {
        SealedCredentials credentials = new SealedCredentials(sealer, JsonMappers.create());

        Sealed sealed = credentials.seal("a1", Map.of("client_id", "id-1", "client_secret", "s3cret"));

        assertThat(credentials.open("a1", sealed).required("client_secret").reveal()).isEqualTo("s3cret");
        assertThat(credentials.open("a1", sealed).toString()).isEqualTo("Credentials[client_id, client_secret]");
    }

    @Test
    void masterKeysMustBeBase64Of32BytesAndErrorsNeverQuoteThem() {
        String tooShort = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> MasterKey.of(new Secret(tooShort))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be base64 of exactly 32 bytes, but holds 16 bytes; generate one with: openssl rand -base64 32");
        assertThatThrownBy(() -> MasterKey.of(new Secret("not base64 !!"))).hasMessageNotContaining("not base64 !!")
                .hasMessageContaining("is not valid base64");
        String text = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(MasterKey.of(new Secret(text)).id()).isEqualTo(MasterKey.of(new Secret(text + "\n")).id());
        assertThat(MasterKey.of(new Secret(text)).toString()).doesNotContain(text);
    }
}
