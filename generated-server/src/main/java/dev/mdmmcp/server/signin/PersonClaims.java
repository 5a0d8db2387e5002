package dev.mdmmcp.server.signin;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import dev.mdmmcp.server.oauth.Person;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The {@link Person} an ID token describes: subject, e-mail (unless marked unverified), name, groups. */
final class PersonClaims {

    private PersonClaims() {
    }

    static Person person(IDTokenClaimsSet claims, String groupClaim) {
        String subject = claims.getSubject().getValue();
        Optional<String> email = Optional.ofNullable(claims.getStringClaim("email"))
                .map(String::trim)
                .filter(address -> !address.isEmpty())
                // A provider that says the address is not verified does not vouch for it.
                .filter(address -> !Boolean.FALSE.equals(claims.getBooleanClaim("email_verified")));
        Optional<String> name = firstOf(claims.getStringClaim("name"), claims.getStringClaim("preferred_username"));
        return new Person(subject, email, name, groups(claims.getClaim(groupClaim)));
    }

    private static List<String> groups(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().filter(value -> value != null).map(Object::toString).toList();
        }
        if (claim instanceof String value && !value.isBlank()) {
            return List.of(value);
        }
        return List.of();
    }

    private static Optional<String> firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        return Optional.empty();
    }
}
