package dev.mdmmcp.server.signin;

import com.nimbusds.jose.CompressionAlgorithm;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Values kept in the browser, sealed (encrypted and authenticated, JWE {@code dir} +
 * {@code A256GCM}) with a key derived from the master key: the browser can neither read nor change
 * them, and every instance sharing the master key opens them. Each value names its purpose and
 * expires, so a sign-in flow cannot pass for a session.
 */
final class SealedCookies {

    private static final String PURPOSE = "purpose";

    private final SecretKey key;
    private final Clock clock;

    SealedCookies(SecretKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    String seal(String purpose, Map<String, Object> values, Duration lifetime) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .claim(PURPOSE, purpose)
                .expirationTime(Date.from(clock.instant().plus(lifetime)));
        values.forEach(claims::claim);
        EncryptedJWT jwt = new EncryptedJWT(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                .compressionAlgorithm(CompressionAlgorithm.DEF)
                .build(), claims.build());
        try {
            jwt.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot seal a browser value: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    /** The values of a sealed text of that purpose that has not expired; empty for anything else. */
    Optional<JWTClaimsSet> open(String purpose, String sealed) {
        if (sealed == null || sealed.isBlank()) {
            return Optional.empty();
        }
        try {
            EncryptedJWT jwt = EncryptedJWT.parse(sealed);
            if (!JWEAlgorithm.DIR.equals(jwt.getHeader().getAlgorithm())
                    || !EncryptionMethod.A256GCM.equals(jwt.getHeader().getEncryptionMethod())) {
                return Optional.empty();
            }
            jwt.decrypt(new DirectDecrypter(key));
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (!purpose.equals(claims.getStringClaim(PURPOSE)) || expires == null
                    || !expires.toInstant().isAfter(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(claims);
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
