package dev.mdmmcp.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.budget.BudgetLimits;
import dev.mdmmcp.server.fault.CircuitBreaker;
import dev.mdmmcp.vendor.Timeouts;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpstreamPolicyConfigTest {

    private static final String ACCOUNT = """
            accounts:
              kandji-prod:
                vendor: kandji
                base_url: https://acme.api.kandji.io
                credentials:
                  api_token: the-api-token
            %s
            servers:
              audit:
                account: kandji-prod
                token: 0123456789abcdefghijklmnopqrstuvwxyz
            """;

    private static UpstreamPolicy policy(String settings, Map<String, String> environment) {
        return ServerConfig.fromYaml(ACCOUNT.formatted(settings.indent(4)), environment, TestConfigs.catalogs())
                .account("kandji-prod").upstream();
    }

    private static String failure(String settings) {
        try {
            policy(settings, Map.of());
        } catch (ConfigException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a configuration error");
    }

    @Test
    void defaultsComeFromTheVendorFolder() {
        UpstreamPolicy policy = policy("", Map.of());

        assertThat(policy.budget()).isEqualTo(new BudgetLimits(50, 10_000, 80));
        assertThat(policy.maxWait()).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.maxConcurrency()).isEqualTo(8);
        assertThat(policy.timeouts()).isEqualTo(new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)));
        assertThat(policy.maxResponseBytes()).isEqualTo(4L * 1024 * 1024);
        assertThat(policy.breaker()).isEqualTo(new CircuitBreaker.Settings(5, Duration.ofSeconds(30)));
    }

    @Test
    void everySettingCanBeSetPerAccount() {
        UpstreamPolicy policy = policy("""
                rate_limits:
                  per_second: 20
                  per_hour: 5000
                  share: 50%
                  max_wait_seconds: 0.5
                max_concurrency: 2
                timeouts:
                  connect_seconds: 1
                  read_seconds: 2.5
                max_response_bytes: 65536
                circuit_breaker:
                  failures: 3
                  open_seconds: 10
                """, Map.of());

        assertThat(policy.budget()).isEqualTo(new BudgetLimits(20, 5000, 50));
        assertThat(policy.maxWait()).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.maxConcurrency()).isEqualTo(2);
        assertThat(policy.timeouts()).isEqualTo(new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(2500)));
        assertThat(policy.maxResponseBytes()).isEqualTo(65536);
        assertThat(policy.breaker()).isEqualTo(new CircuitBreaker.Settings(3, Duration.ofSeconds(10)));
    }

    @Test
    void theEnvironmentOverridesNestedSettings() {
        UpstreamPolicy policy = policy("", Map.of(
                "MDM_MCP_ACCOUNTS_KANDJI_PROD_RATE_LIMITS_SHARE", "60",
                "MDM_MCP_ACCOUNTS_KANDJI_PROD_TIMEOUTS_READ_SECONDS", "10"));

        assertThat(policy.budget().sharePercent()).isEqualTo(60);
        assertThat(policy.timeouts().read()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void badValuesNameTheKeyAndTheRange() {
        assertThat(failure("rate_limits: {share: 120}")).endsWith(
                "accounts.kandji-prod.rate_limits.share must be a percentage from 1 to 100 (like 80 or 80%), got '120'");
        assertThat(failure("rate_limits: {per_second: -1}"))
                .endsWith("accounts.kandji-prod.rate_limits.per_second must be a whole number from 0 to 1000000, got '-1'");
        assertThat(failure("rate_limits: {max_wait_seconds: soon}")).endsWith(
                "accounts.kandji-prod.rate_limits.max_wait_seconds must be a number of seconds from 0 to 60, got 'soon'");
        assertThat(failure("max_concurrency: 0"))
                .endsWith("accounts.kandji-prod.max_concurrency must be a whole number from 1 to 1000, got '0'");
        assertThat(failure("timeouts: {read_seconds: 0}")).endsWith(
                "accounts.kandji-prod.timeouts.read_seconds must be a number of seconds from 0.01 to 600, got '0'");
        assertThat(failure("max_response_bytes: 10"))
                .endsWith("accounts.kandji-prod.max_response_bytes must be a whole number from 1024 to 2147483647, got '10'");
        assertThat(failure("rate_limits: {per_minute: 10}")).endsWith("accounts.kandji-prod.rate_limits.per_minute is not"
                + " a key of rate_limits; valid: per_second, per_hour, share, max_wait_seconds");
        assertThat(failure("circuit_breaker: {threshold: 3}")).endsWith("accounts.kandji-prod.circuit_breaker.threshold is"
                + " not a key of circuit_breaker; valid: failures, open_seconds");
    }
}
