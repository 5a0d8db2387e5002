package dev.mdmmcp.server.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RequestRateTest {

    @Test
    void aBurstPassesThenTheRateRefillsAndEachKeyCountsAlone() {
        AtomicLong now = new AtomicLong();
        RequestRate rate = new RequestRate(2, Duration.ofSeconds(1), 4, now::get);

        for (int i = 0; i < 4; i++) {
            assertThat(rate.take("a")).isEmpty();
        }
        assertThat(rate.take("a")).isEqualTo(OptionalLong.of(1));
        assertThat(rate.take("b")).isEmpty();
        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(rate.take("a")).as("one request back after half a second at 2/s").isEmpty();
        assertThat(rate.take("a")).isPresent();
        assertThat(rate.exhausted("a")).isTrue();
    }

    @Test
    void aRateOfZeroIsNoLimit() {
        RequestRate rate = RequestRate.of(0, Duration.ofSeconds(1), 1);

        for (int i = 0; i < 1000; i++) {
            assertThat(rate.take("a")).isEmpty();
        }
    }
}
