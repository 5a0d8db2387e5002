package dev.mdmmcp.server.binding;

/**
 * One thing wrong with a strict input.
 *
 * @param keyPath where it is, like {@code accounts.kandji-prod.rate_limits.share}; empty when it
 *        concerns the input as a whole
 * @param message the whole sentence, key path first, never quoting a secret value, like
 *        {@code rate_limits.share must be a percentage from 1 to 100 (like 80 or 80%), got '0%'}
 */
public record Problem(String keyPath, String message) {
}
