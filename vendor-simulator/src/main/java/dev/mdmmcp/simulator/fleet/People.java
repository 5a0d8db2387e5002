package dev.mdmmcp.simulator.fleet;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Invented people with unique names, e-mail addresses and login names. */
public final class People {

    /** One person: {@code login} is first initial + last name, lower case (dreyes). */
    public record Person(String firstName, String lastName, String email, String login) {

        public String name() {
            return firstName + " " + lastName;
        }
    }

    private static final List<String> FIRST = List.of("Dana", "Sam", "Lee", "Aisha", "John", "Maria", "Omar", "Lena",
            "Priya", "Tom", "Kenji", "Sofia", "Liam", "Noah", "Emma", "Olivia", "Ava", "Lucas", "Mia", "Ethan",
            "Zara", "Mateo", "Chloe", "Ravi", "Nina", "Felix", "Hana", "Diego", "Grace", "Ivan", "Yara", "Owen",
            "Leila", "Marco", "Ines", "Jonas", "Amara", "Theo", "Elif", "Kofi", "Sara", "Mika", "Rosa", "Arjun",
            "Clara", "Hugo", "Nadia", "Pablo", "Freya", "Tariq", "Eva", "Jin", "Lucia", "Aaron", "Maya", "Samir",
            "Julia", "Erik", "Anya", "Daniel");
    private static final List<String> LAST = List.of("Reyes", "Okafor", "Park", "Khan", "Doe", "Lee", "Haddad",
            "Fischer", "Nair", "Becker", "Tanaka", "Rossi", "Murphy", "Nguyen", "Garcia", "Chen", "Smith", "Walsh",
            "OBrien", "Kowalski", "Silva", "Novak", "Jensen", "Ahmed", "Moreau", "Schmidt", "Costa", "Ibrahim",
            "Larsen", "Dubois", "Yamamoto", "Hughes", "Petrov", "Santos", "Mensah", "Bauer", "Lindqvist", "Ortiz",
            "Kim", "Patel", "Weber", "Brennan", "Sato", "Alvarez", "Mbeki", "Varga", "Horvat", "Eriksen", "Rahman",
            "Castillo");

    private final Seeded random;
    private final String domain;
    private final Set<String> emails = new HashSet<>();
    private final Set<String> logins = new HashSet<>();

    public People(Seeded random, String domain) {
        this.random = random;
        this.domain = domain;
    }

    public Person next() {
        String first = random.pick(FIRST);
        String last = random.pick(LAST);
        String emailStem = (first + "." + last).toLowerCase(Locale.ROOT);
        String email = emailStem + "@" + domain;
        for (int n = 2; !emails.add(email); n++) {
            email = emailStem + n + "@" + domain;
        }
        String loginStem = (first.charAt(0) + last).toLowerCase(Locale.ROOT);
        String login = loginStem;
        for (int n = 2; !logins.add(login); n++) {
            login = loginStem + n;
        }
        return new Person(first, last, email, login);
    }
}
