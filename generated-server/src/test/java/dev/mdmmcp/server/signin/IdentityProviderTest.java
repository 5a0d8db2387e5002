package dev.mdmmcp.server.signin;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mdmmcp.server.config.IdentityProviderConfig;
import dev.mdmmcp.server.config.Secret;
import dev.mdmmcp.server.oauth.Person;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdentityProviderTest {

    private static final URI CALLBACK = URI.create("http://127.0.0.1:9/signin/callback");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** One provider per test: a person queued for a sign-in that a test refuses early must not sign in the next test. */
    private TestIdentityProvider idp;

    @BeforeEach
    void startProvider() {
        idp = new TestIdentityProvider();
    }

    @AfterEach
    void stopProvider() {
        idp.close();
    }

    @Test
    void aPersonSignedInAtTheProviderComesBackWithSubjectEmailNameAndGroups() throws Exception {
        IdentityProvider provider = new IdentityProvider(idp.config(), () -> CALLBACK, Clock.systemUTC());
        idp.nextSignIn("alex", "Alex@Example.com", List.of("it-admins", "staff"));

        IdentityProvider.Start start = provider.start("/signin/connections");
        assertThat(start.redirect().toString()).startsWith(idp.issuer() + "/authorize?")
                .contains("code_challenge_method=S256", "scope=openid+email+profile", "client_id=mdm-mcp")
                .doesNotContain(TestIdentityProvider.CLIENT_SECRET);
        Person person = provider.finish(answerTo(start.redirect()), start.flow());

        assertThat(person).isEqualTo(new Person("alex", Optional.of("Alex@Example.com"), Optional.of("Alex Example"),
                List.of("it-admins", "staff")));
    }

    @Test
    void anAnswerWithAnotherStateIsRefusedBeforeTheCodeIsExchanged() throws Exception {
        IdentityProvider provider = new IdentityProvider(idp.config(), () -> CALLBACK, Clock.systemUTC());
        idp.nextSignIn("alex", "alex@example.com", List.of());
        IdentityProvider.Start start = provider.start("/signin/connections");
        LoginFlow other = new LoginFlow("another-state", start.flow().nonce(), start.flow().codeVerifier(), "/signin/connections");

        assertThatThrownBy(() -> provider.finish(answerTo(start.redirect()), other))
                .isInstanceOf(SignInFailure.class)
                .hasMessage("The identity provider's answer does not belong to the sign-in started in this browser."
                        + " Please start again from your application.");
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() throws Exception {
        IdentityProvider provider = new IdentityProvider(idp.config(), () -> CALLBACK, Clock.systemUTC());
        idp.nextSignIn("alex", "alex@example.com", List.of());
        IdentityProvider.Start start = provider.start("/signin/connections");
        LoginFlow replayed = new LoginFlow(start.flow().state(), "another-nonce", start.flow().codeVerifier(), "/signin/connections");

        assertThatThrownBy(() -> provider.finish(answerTo(start.redirect()), replayed))
                .isInstanceOf(SignInFailure.class)
                .hasMessage("The identity provider's answer did not pass the checks (signature, issuer, audience, expiry,"
                        + " nonce). Please start again; if it keeps happening, tell your administrator.");
    }

    @Test
    void aCodeExchangedWithTheWrongPkceVerifierIsRefusedByTheProvider() throws Exception {
        IdentityProvider provider = new IdentityProvider(idp.config(), () -> CALLBACK, Clock.systemUTC());
        idp.nextSignIn("alex", "alex@example.com", List.of());
        IdentityProvider.Start start = provider.start("/signin/connections");
        LoginFlow forged = new LoginFlow(start.flow().state(), start.flow().nonce(),
                "a-verifier-that-does-not-match-the-challenge-0123456789", "/signin/connections");

        assertThatThrownBy(() -> provider.finish(answerTo(start.redirect()), forged))
                .isInstanceOf(SignInFailure.class)
                .hasMessage("The identity provider refused to complete the sign-in (invalid_grant). Please start again.");
    }

    @Test
    void aProviderThatSaysNoIsReportedWithItsErrorCode() {
        IdentityProvider provider = new IdentityProvider(idp.config(), () -> CALLBACK, Clock.systemUTC());
        IdentityProvider.Start start = provider.start("/signin/connections");
        URI denied = URI.create(CALLBACK + "?error=access_denied&state=" + start.flow().state());

        assertThatThrownBy(() -> provider.finish(denied, start.flow()))
                .isInstanceOf(SignInFailure.class)
                .hasMessage("The identity provider did not sign you in (access_denied).");
    }

    @Test
    void aProviderThatCannotBeReachedIsSaidInPlainWords() {
        IdentityProviderConfig unreachable = new IdentityProviderConfig(URI.create("http://127.0.0.1:9/nobody"),
                "mdm-mcp", new Secret("secret"), "groups");
        IdentityProvider provider = new IdentityProvider(unreachable, () -> CALLBACK, Clock.systemUTC());

        assertThatThrownBy(() -> provider.start("/signin/connections"))
                .isInstanceOf(SignInFailure.class)
                .hasMessage("The identity provider cannot be reached right now. Please try again in a minute.");
    }

    /** What the provider redirects the browser to (it signs in the enqueued person without a page). */
    private static URI answerTo(URI authorizationRequest) throws IOException, InterruptedException {
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(authorizationRequest).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }
}
