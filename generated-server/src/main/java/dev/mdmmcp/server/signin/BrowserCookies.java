package dev.mdmmcp.server.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.mdmmcp.server.oauth.Person;
import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URI;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The two cookies of sign-in, both sealed, HttpOnly, SameSite=Lax, limited to {@code /signin}
 * and Secure when the public URL is https: the sign-in at the identity provider under way (ten
 * minutes), and the signed-in session (eight hours).
 */
final class BrowserCookies {

    static final String SESSION = "mdm_mcp_session";
    static final String FLOW = "mdm_mcp_signin";
    static final Duration SESSION_LIFETIME = Duration.ofHours(8);
    static final Duration FLOW_LIFETIME = Duration.ofMinutes(10);
    private static final String PATH = "/signin";

    private final SealedCookies sealed;
    private final Supplier<URI> publicUrl;
    private final SecureRandom random;

    /** @param publicUrl the server's public URL: cookies are Secure when it is https */
    BrowserCookies(SealedCookies sealed, Supplier<URI> publicUrl, SecureRandom random) {
        this.sealed = sealed;
        this.publicUrl = publicUrl;
        this.random = random;
    }

    Optional<BrowserSession> session(ServerRequest request) {
        return cookie(request, SESSION).flatMap(value -> sealed.open(SESSION, value)).flatMap(BrowserCookies::session);
    }

    /** Signs the person in in this browser, with a fresh anti-forgery token. */
    BrowserSession startSession(ServerResponse response, Person person) {
        BrowserSession session = new BrowserSession(person, randomText());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("sub", person.subject());
        person.email().ifPresent(email -> values.put("email", email));
        person.displayName().ifPresent(name -> values.put("name", name));
        values.put("groups", person.groups());
        values.put("csrf", session.csrfToken());
        set(response, SESSION, sealed.seal(SESSION, values, SESSION_LIFETIME), SESSION_LIFETIME);
        return session;
    }

    void endSession(ServerResponse response) {
        set(response, SESSION, "", Duration.ZERO);
    }

    Optional<LoginFlow> flow(ServerRequest request) {
        return cookie(request, FLOW).flatMap(value -> sealed.open(FLOW, value)).flatMap(claims -> {
            try {
                return Optional.of(new LoginFlow(claims.getStringClaim("state"), claims.getStringClaim("nonce"),
                        claims.getStringClaim("verifier"), claims.getStringClaim("return_to")));
            } catch (ParseException e) {
                return Optional.empty();
            }
        });
    }

    void startFlow(ServerResponse response, LoginFlow flow) {
        set(response, FLOW, sealed.seal(FLOW, Map.of("state", flow.state(), "nonce", flow.nonce(),
                "verifier", flow.codeVerifier(), "return_to", flow.returnTo()), FLOW_LIFETIME), FLOW_LIFETIME);
    }

    void endFlow(ServerResponse response) {
        set(response, FLOW, "", Duration.ZERO);
    }

    private static Optional<BrowserSession> session(JWTClaimsSet claims) {
        try {
            List<String> groups = Optional.ofNullable(claims.getStringListClaim("groups")).orElse(List.of());
            Person person = new Person(claims.getSubject(), Optional.ofNullable(claims.getStringClaim("email")),
                    Optional.ofNullable(claims.getStringClaim("name")), groups);
            String csrf = claims.getStringClaim("csrf");
            return person.subject() == null || csrf == null ? Optional.empty() : Optional.of(new BrowserSession(person, csrf));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> cookie(ServerRequest request, String name) {
        return request.headers().cookies().first(name).asOptional();
    }

    private void set(ServerResponse response, String name, String value, Duration maxAge) {
        response.headers().addCookie(SetCookie.builder(name, value)
                .path(PATH)
                .httpOnly(true)
                .secure("https".equalsIgnoreCase(publicUrl.get().getScheme()))
                .sameSite(SetCookie.SameSite.LAX)
                .maxAge(maxAge)
                .build());
    }

    private String randomText() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
