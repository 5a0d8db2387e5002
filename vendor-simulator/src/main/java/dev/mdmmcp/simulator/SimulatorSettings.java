package dev.mdmmcp.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * How to run a simulated vendor tenant. Its fleet is a function of {@code devices}, {@code seed}
 * and {@code asOf} (the moment the fleet's timestamps are relative to): same inputs, same data.
 *
 * @param devices how many devices the tenant manages
 * @param seed the seed of every random choice of the fleet
 * @param asOf "now" of the generated fleet; {@code null}: the clock's current hour
 * @param rateLimits whether the vendor's published request budget is enforced (429 when spent)
 * @param host the address to bind
 * @param port the port to bind; 0 picks a free one
 * @param clock the clock of rate-limit windows, token expiry and events caused by writes
 * @param credentials the tenant's credentials by the names the server's configuration uses
 *     ({@code api_token}; {@code client_id}, {@code client_secret}); empty: the vendor's defaults
 * @param tokenLifetime how long an OAuth2 access token lives (NinjaOne)
 */
public record SimulatorSettings(
        int devices,
        long seed,
        Instant asOf,
        boolean rateLimits,
        String host,
        int port,
        Clock clock,
        Map<String, String> credentials,
        Duration tokenLifetime) {

    public static final int DEFAULT_DEVICES = 500;
    public static final int MAX_DEVICES = 100_000;
    public static final long DEFAULT_SEED = 42;

    public SimulatorSettings {
        if (devices < 1 || devices > MAX_DEVICES) {
            throw new IllegalArgumentException("devices must be from 1 to " + MAX_DEVICES + ", got " + devices);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be from 0 to 65535, got " + port);
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("tokenLifetime must be positive, got " + tokenLifetime);
        }
        credentials = Map.copyOf(credentials);
    }

    /** 500 devices, seed 42, rate limits on, a free port on 127.0.0.1, the system clock. */
    public static SimulatorSettings defaults() {
        return new SimulatorSettings(DEFAULT_DEVICES, DEFAULT_SEED, null, true, "127.0.0.1", 0, Clock.systemUTC(),
                Map.of(), Duration.ofHours(1));
    }

    /** The fleet's "now": {@code asOf}, or the clock's current hour. */
    public Instant resolvedAsOf() {
        return asOf != null ? asOf : clock.instant().truncatedTo(ChronoUnit.HOURS);
    }

    public SimulatorSettings withDevices(int devices) {
        return new SimulatorSettings(devices, seed, asOf, rateLimits, host, port, clock, credentials, tokenLifetime);
    }

    public SimulatorSettings withSeed(long seed) {
        return new SimulatorSettings(devices, seed, asOf, rateLimits, host, port, clock, credentials, tokenLifetime);
    }

    public SimulatorSettings withAsOf(Instant asOf) {
        return new SimulatorSettings(devices, seed, asOf, rateLimits, host, port, clock, credentials, tokenLifetime);
    }

    public SimulatorSettings withRateLimits(boolean rateLimits) {
        return new SimulatorSettings(devices, seed, asOf, rateLimits, host, port, clock, credentials, tokenLifetime);
    }

    public SimulatorSettings withHost(String host) {
        return new SimulatorSettings(devices, seed, asOf, rateLimits, host, port, clock, credentials, tokenLifetime);
    }

    public SimulatorSettings withPort(int port) {
        return new SimulatorSettings(devices, seed, asOf, rateLimits, host, port, clock, credentials, tokenLifetime);
    }

    public SimulatorSettings withClock(Clock clock) {
        return new SimulatorSettings(devices, seed, asOf, rateLimits, host, port, clock, credentials, tokenLifetime);
    }

    public SimulatorSettings withCredentials(Map<String, String> credentials) {
        return new SimulatorSettings(devices, seed, asOf, rateLimits, host, port, clock, credentials, tokenLifetime);
    }

    public SimulatorSettings withTokenLifetime(Duration tokenLifetime) {
        return new SimulatorSettings(devices, seed, asOf, rateLimits, host, port, clock, credentials, tokenLifetime);
    }

    /** The credential {@code name}, or {@code fallback} when the settings give none. */
    public String credential(String name, String fallback) {
        String value = credentials.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
