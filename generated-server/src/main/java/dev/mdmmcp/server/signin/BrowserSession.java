package dev.mdmmcp.server.signin;

import dev.mdmmcp.server.oauth.Person;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A person signed in in one browser, with the anti-forgery token every form of theirs carries.
 * The token lives inside the sealed session cookie, so another site can neither read it nor
 * make the browser send a matching one.
 */
record BrowserSession(Person person, String csrfToken) {

    boolean acceptsCsrfToken(String submitted) {
        return submitted != null && MessageDigest.isEqual(csrfToken.getBytes(StandardCharsets.UTF_8),
                submitted.getBytes(StandardCharsets.UTF_8));
    }
}
