package dev.mdmmcp.server.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mdmmcp.testing.MutableClock;
import dev.mdmmcp.server.result.Outcome;
import dev.mdmmcp.server.result.ToolFailure;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final CircuitBreaker breaker =
            new CircuitBreaker(new CircuitBreaker.Settings(3, Duration.ofSeconds(30)), "Kandji", "kandji-prod", clock);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            breaker.pass();
            breaker.failed();
        }
    }

    @Test
    void opensAfterFailuresInARowAndThenFailsFastSayingWhen() {
        fail(3);

        assertThatThrownBy(breaker::pass).isInstanceOf(ToolFailure.class)
                .hasMessage("Calls to Kandji for account 'kandji-prod' are paused: Kandji failed 3 requests in a row (no"
                        + " answer, no connection, or server errors), so it seems to be down. No request was sent. The pause"
                        + " ends in 30 s (at 2026-11-21T10:00:30Z); the first call after that tests whether Kandji is back."
                        + " The pause lasts 30 s each time.")
                .extracting(e -> ((ToolFailure) e).outcome()).isEqualTo(Outcome.CIRCUIT_OPEN);
        assertThat(breaker.isClosed()).isFalse();
    }

    @Test
    void aSuccessInBetweenStartsTheCountAgain() {
        fail(2);
        breaker.pass();
        breaker.succeeded();
        fail(2);

        assertThat(breaker.pass()).isFalse();
        assertThat(breaker.isClosed()).isTrue();
    }

    @Test
    void afterThePauseOneProbeDecides() {
        fail(3);
        clock.advance(Duration.ofSeconds(30));

        assertThat(breaker.pass()).as("the probe").isTrue();
        assertThatThrownBy(breaker::pass).asInstanceOf(InstanceOfAssertFactories.THROWABLE)
                .hasMessageContaining("one request is testing right now whether Kandji is back");
        breaker.succeeded();

        assertThat(breaker.isClosed()).isTrue();
        assertThat(breaker.pass()).isFalse();
    }

    @Test
    void aFailedProbeOpensTheBreakerForAnotherPause() {
        fail(3);
        clock.advance(Duration.ofSeconds(30));
        breaker.pass();

        breaker.failed();

        assertThatThrownBy(breaker::pass).hasMessageContaining("The pause ends in 30 s");
    }

    @Test
    void aProbeThatWasNotSentLetsTheNextCallProbe() {
        fail(3);
        clock.advance(Duration.ofSeconds(31));
        boolean probe = breaker.pass();

        breaker.abandoned(probe);

        assertThat(breaker.pass()).isTrue();
    }
}
