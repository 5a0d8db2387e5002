package dev.mdmmcp.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private static RateLimitInfo read(Map<String, String> headers) {
        Map<String, List<String>> multi = new java.util.HashMap<>();
        headers.forEach((name, value) -> multi.put(name, List.of(value)));
        return RateLimitHeaders.read(HttpHeaders.of(multi, (a, b) -> true), NOW);
    }

    @Test
    void ietfHeaders() {
        assertThat(read(Map.of("RateLimit-Limit", "100", "RateLimit-Remaining", "7", "RateLimit-Reset", "30")))
                .isEqualTo(new RateLimitInfo(100L, 7L, 30L));
    }

    @Test
    void xRateLimitHeadersWithEpochResetAreTurnedIntoSecondsFromNow() {
        long epoch = NOW.getEpochSecond() + 90;
        assertThat(read(Map.of("X-RateLimit-Limit", "10000", "X-RateLimit-Remaining", "9990", "X-RateLimit-Reset", "" + epoch)))
                .isEqualTo(new RateLimitInfo(10000L, 9990L, 90L));
        assertThat(read(Map.of("x-ratelimit-reset", "" + (NOW.toEpochMilli() + 5000))).resetSeconds()).isEqualTo(5L);
    }

    @Test
    void headerNamesAreCaseInsensitiveAndListValuesCountByTheirFirstNumber() {
        assertThat(read(Map.of("x-rate-limit-limit", "50, 50;w=1", "X-Rate-Limit-Remaining", "0")))
                .isEqualTo(new RateLimitInfo(50L, 0L, null));
    }

    @Test
    void structuredRateLimitHeader() {
        assertThat(read(Map.of("RateLimit", "\"default\";r=12;t=40")))
                .isEqualTo(new RateLimitInfo(null, 12L, 40L));
    }

    @Test
    void retryAfterInSecondsOrAsHttpDateGivesTheReset() {
        assertThat(read(Map.of("Retry-After", "120")).resetSeconds()).isEqualTo(120L);
        assertThat(read(Map.of("Retry-After", "Sat, 21 Nov 2026 10:01:30 GMT")).resetSeconds()).isEqualTo(90L);
        assertThat(read(Map.of("Retry-After", "soon")).isEmpty()).isTrue();
    }

    @Test
    void nothingSentGivesNothing() {
        RateLimitInfo info = read(Map.of("Content-Type", "application/json"));

        assertThat(info.isEmpty()).isTrue();
        assertThat(info.toMeta()).isEmpty();
    }

    @Test
    void metaUsesIetfNamesAndExhaustedSetsRemainingToZero() {
        assertThat(new RateLimitInfo(10L, null, 3L).exhausted().toMeta())
                .containsExactly(Map.entry("ratelimit-limit", 10L), Map.entry("ratelimit-remaining", 0L),
                        Map.entry("ratelimit-reset", 3L));
    }
}
