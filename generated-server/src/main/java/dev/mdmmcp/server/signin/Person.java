package dev.mdmmcp.server.signin;

import java.util.List;
import java.util.Optional;

/**
 * A person signed in at the identity provider, as its ID token describes them.
 *
 * @param subject the provider's stable id of the person ({@code sub})
 * @param email the person's e-mail address, when the provider gave one that is not marked unverified
 * @param displayName the name to show
 * @param groups the groups the provider's group claim lists
 */
public record Person(String subject, Optional<String> email, String displayName, List<String> groups) {

    public Person {
        groups = List.copyOf(groups);
    }
}
