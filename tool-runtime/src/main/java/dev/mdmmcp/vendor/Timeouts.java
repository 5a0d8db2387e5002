package dev.mdmmcp.vendor;

import java.time.Duration;

/** How long the runtime waits for the vendor before reporting a timeout. */
public record Timeouts(Duration connect, Duration read) {
}
