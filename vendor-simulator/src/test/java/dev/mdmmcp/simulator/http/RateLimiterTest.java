package dev.mdmmcp.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00.250Z"));
    private final RateLimiter limiter = new RateLimiter(List.of(new RateLimiter.Window("Second", 50, 1),
            new RateLimiter.Window("Hour", 10_000, 3600)), clock);

    @Test
    void theFiftyFirstRequestOfASecondIsRefusedUntilTheNextSecond() {
        for (int i = 0; i < 50; i++) {
            assertThat(limiter.acquire().admitted()).as("request %d", i + 1).isTrue();
        }
        RateLimiter.Decision refused = limiter.acquire();

        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(refused.tightest().window().name()).isEqualTo("Second");
        clock.advance(Duration.ofMillis(750));
        assertThat(limiter.acquire().admitted()).isTrue();
    }

    @Test
    void theHourlyBudgetHoldsAcrossSecondsAndSaysWhenItRefills() {
        for (int i = 0; i < 10_000; i++) {
            if (i % 50 == 0) {
                clock.advance(Duration.ofSeconds(1));
            }
            assertThat(limiter.acquire().admitted()).isTrue();
        }
        clock.advance(Duration.ofSeconds(1));
        RateLimiter.Decision refused = limiter.acquire();

        assertThat(refused.admitted()).isFalse();
        assertThat(refused.tightest().window().name()).isEqualTo("Hour");
        assertThat(refused.tightest().remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 3600L);
    }

    @Test
    void refusedRequestsDoNotCountAgainstTheBudget() {
        for (int i = 0; i < 60; i++) {
            limiter.acquire();
        }
        clock.advance(Duration.ofSeconds(1));

        RateLimiter.Decision next = limiter.acquire();

        assertThat(next.admitted()).isTrue();
        assertThat(next.windows().get(1).remaining()).isEqualTo(10_000 - 51);
    }
}
