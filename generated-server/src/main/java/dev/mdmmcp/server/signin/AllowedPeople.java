package dev.mdmmcp.server.signin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may connect a client to one OAuth server: people with one of these e-mail addresses, with
 * an address in one of these domains, or in one of these identity-provider groups. E-mail
 * addresses and domains compare without regard to case; groups exactly, as the provider names
 * them. An empty list lets nobody in.
 */
public record AllowedPeople(List<String> emails, List<String> domains, List<String> groups) {

    public AllowedPeople {
        emails = emails.stream().map(AllowedPeople::normalized).toList();
        domains = domains.stream().map(AllowedPeople::normalized).map(domain -> domain.startsWith("@") ? domain.substring(1) : domain)
                .toList();
        groups = List.copyOf(groups);
    }

    public static AllowedPeople nobody() {
        return new AllowedPeople(List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return emails.isEmpty() && domains.isEmpty() && groups.isEmpty();
    }

    /** Empty when the person may connect; else why not, in words for that person. */
    public Optional<String> refusal(Person person, String serverName) {
        Optional<String> email = person.email().map(AllowedPeople::normalized);
        if (email.isPresent() && emails.contains(email.get())) {
            return Optional.empty();
        }
        if (email.isPresent() && domains.contains(email.get().substring(email.get().lastIndexOf('@') + 1))) {
            return Optional.empty();
        }
        if (person.groups().stream().anyMatch(groups::contains)) {
            return Optional.empty();
        }
        if (isEmpty()) {
            return Optional.of("The server \"" + serverName + "\" has no list of people allowed to connect yet, so nobody"
                    + " can. Ask its administrator to add you.");
        }
        String who = email.map(address -> "your e-mail address " + address).orElse(
                "your identity provider gave no verified e-mail address for you, and you");
        String groupsPart = groups.isEmpty() ? "" : person.groups().isEmpty()
                ? " You are in no group that the identity provider told this server about."
                : " None of your groups (" + String.join(", ", person.groups()) + ") is on the list either.";
        return Optional.of("You are not on the list of people allowed to connect to \"" + serverName + "\": " + who
                + (email.isPresent() ? " is not on it, and neither is its domain." : " cannot be matched by address.")
                + groupsPart + " Ask the server's administrator to add you.");
    }

    private static String normalized(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
