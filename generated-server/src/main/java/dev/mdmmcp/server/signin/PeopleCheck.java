package dev.mdmmcp.server.signin;

import dev.mdmmcp.server.oauth.Person;
import dev.mdmmcp.server.people.AllowedPeople;
import java.util.Optional;

/** Whether a signed-in person may connect to a server, and if not, why, in words for that person. */
final class PeopleCheck {

    private PeopleCheck() {
    }

    /** Empty when the person may connect; else why not. */
    static Optional<String> refusal(AllowedPeople allowed, Person person, String serverName) {
        if (allowed.admits(person.email(), person.groups())) {
            return Optional.empty();
        }
        if (allowed.isEmpty()) {
            return Optional.of("The server \"" + serverName + "\" has no list of people allowed to connect yet, so nobody"
                    + " can. Ask its administrator to add you.");
        }
        String byAddress = person.email()
                .map(email -> "Your e-mail address " + email + " is not on it, and neither is its domain.")
                .orElse("The identity provider gave no verified e-mail address for you, so you cannot be matched by address.");
        String byGroup = allowed.groups().isEmpty() ? ""
                : person.groups().isEmpty() ? " The identity provider named no group of yours."
                : " None of your groups (" + String.join(", ", person.groups()) + ") is on it either.";
        return Optional.of("You are not on the list of people allowed to connect to \"" + serverName + "\". " + byAddress
                + byGroup + " Ask the server's administrator to add you.");
    }

    /** The name to greet the person with. */
    static String name(Person person) {
        return person.displayName().or(person::email).orElse(person.subject());
    }

    /** The person as log lines name them: subject and e-mail, with line breaks and control characters removed. */
    static String describe(Person person) {
        return "person " + clean(person.subject()) + person.email().map(email -> " <" + clean(email) + ">").orElse("");
    }

    private static String clean(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }
}
