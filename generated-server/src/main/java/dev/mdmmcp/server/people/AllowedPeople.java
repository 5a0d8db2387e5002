package dev.mdmmcp.server.people;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may sign in to an OAuth server: a person is allowed when their e-mail address is listed,
 * their e-mail's domain is listed, or they are in one of the listed identity-provider groups.
 * E-mail addresses and domains are kept in lower case.
 *
 * @param emails e-mail addresses
 * @param domains e-mail domains, without {@code @}
 * @param groups group names or ids as the identity provider's group claim carries them
 */
public record AllowedPeople(List<String> emails, List<String> domains, List<String> groups) {

    public AllowedPeople {
        emails = emails.stream().map(email -> email.strip().toLowerCase(Locale.ROOT)).toList();
        domains = domains.stream().map(domain -> domain.strip().toLowerCase(Locale.ROOT)).toList();
        groups = List.copyOf(groups);
    }

    /**
     * Whether a person of this e-mail address (as the identity provider asserts it) and these
     * groups may connect: the address is listed, its domain is listed, or a group is listed.
     */
    public boolean admits(Optional<String> email, List<String> personGroups) {
        if (personGroups.stream().anyMatch(groups::contains)) {
            return true;
        }
        if (email.isEmpty()) {
            return false;
        }
        String address = email.get().strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        return emails.contains(address) || at > 0 && domains.contains(address.substring(at + 1));
    }

    /** Whether nobody at all is allowed. */
    public boolean isEmpty() {
        return emails.isEmpty() && domains.isEmpty() && groups.isEmpty();
    }
}
