package dev.mdmmcp.server.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.mdmmcp.testing.MutableClock;
import dev.mdmmcp.server.config.Secret;
import dev.mdmmcp.server.result.Outcome;
import dev.mdmmcp.server.result.ToolFailure;
import dev.mdmmcp.server.upstream.HttpExchange;
import dev.mdmmcp.vendor.Timeouts;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuth2ClientCredentialsAuthenticatorTest {

    private WireMockServer tokenServer;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private OAuth2ClientCredentialsAuthenticator authenticator;

    @BeforeEach
    void start() {
        tokenServer = new WireMockServer(options().dynamicPort());
        tokenServer.start();
        URI base = URI.create(tokenServer.baseUrl());
        authenticator = new OAuth2ClientCredentialsAuthenticator(
                new HttpExchange(base, new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)), 1024 * 1024),
                URI.create(base + "/ws/oauth/token"), new Secret("cid"), new Secret("s3cr3t value"), "monitoring management",
                "AcmeRMM", clock);
    }

    @AfterEach
    void stop() {
        tokenServer.stop();
    }

    private void tokensInTurn(String... tokens) {
        String state = Scenario.STARTED;
        for (int i = 0; i < tokens.length; i++) {
            String next = "token-" + (i + 1);
            tokenServer.stubFor(post("/ws/oauth/token").inScenario("tokens").whenScenarioStateIs(state)
                    .willReturn(okJson("{\"access_token\":\"" + tokens[i] + "\",\"expires_in\":600}")).willSetStateTo(next));
            state = next;
        }
    }

    @Test
    void postsTheClientCredentialsFormAndCachesTheToken() {
        tokensInTurn("t1", "t2");

        Map<String, String> first = authenticator.headers();
        Map<String, String> second = authenticator.headers();

        assertThat(first).containsEntry("Authorization", "Bearer t1");
        assertThat(second).isEqualTo(first);
        tokenServer.verify(1, postRequestedFor(urlEqualTo("/ws/oauth/token"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=client_credentials&client_id=cid&client_secret=s3cr3t+value"
                        + "&scope=monitoring+management")));
    }

    @Test
    void renewsShortlyBeforeExpiry() {
        tokensInTurn("t1", "t2");
        authenticator.headers();

        clock.advance(Duration.ofSeconds(600 - 61));
        assertThat(authenticator.headers()).containsEntry("Authorization", "Bearer t1");
        clock.advance(Duration.ofSeconds(2));
        assertThat(authenticator.headers()).containsEntry("Authorization", "Bearer t2");
    }

    @Test
    void aRejectedTokenIsDroppedOnceAndRenewed() {
        tokensInTurn("t1", "t2", "t3");
        Map<String, String> rejected = authenticator.headers();

        assertThat(authenticator.renewAfterRejection(rejected)).isTrue();
        Map<String, String> renewed = authenticator.headers();
        // A second report of the same old token must not throw away the renewed one.
        authenticator.renewAfterRejection(rejected);

        assertThat(renewed).containsEntry("Authorization", "Bearer t2");
        assertThat(authenticator.headers()).containsEntry("Authorization", "Bearer t2");
        tokenServer.verify(2, postRequestedFor(urlEqualTo("/ws/oauth/token")));
    }

    @Test
    void refusedCredentialsAreAnAuthFailureWithoutTheSecret() {
        tokenServer.stubFor(post("/ws/oauth/token").willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}")));

        assertThatThrownBy(authenticator::headers)
                .isInstanceOf(ToolFailure.class)
                .hasMessageStartingWith("AcmeRMM refused the account's client credentials at its token endpoint (HTTP 401):"
                        + " Client authentication failed.")
                .hasMessageNotContaining("s3cr3t")
                .extracting(e -> ((ToolFailure) e).outcome()).isEqualTo(Outcome.AUTH_FAILED);
    }

    @Test
    void tokenResponseWithoutAccessTokenIsMalformed() {
        tokenServer.stubFor(post("/ws/oauth/token").willReturn(okJson("{\"token_type\":\"Bearer\"}")));

        assertThatThrownBy(authenticator::headers).hasMessageContaining("without an access_token");
    }
}
