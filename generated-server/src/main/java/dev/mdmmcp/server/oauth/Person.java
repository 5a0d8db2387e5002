package dev.mdmmcp.server.oauth;

import java.util.List;
import java.util.Optional;

/**
 * A person signed in at the organisation's identity provider, as sign-in hands them to
 * {@link AuthorizationGrants#approve}.
 *
 * @param subject the identity provider's stable id of the person ({@code sub})
 * @param email their e-mail address, when the provider gives one
 * @param displayName their name, when the provider gives one
 * @param groups the groups of the provider's group claim
 */
public record Person(String subject, Optional<String> email, Optional<String> displayName, List<String> groups) {

    public Person {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a person needs the identity provider's subject");
        }
        groups = List.copyOf(groups);
    }
}
