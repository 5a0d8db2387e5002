package dev.mdmmcp.server.config;

/**
 * A scalar read from the configuration, with where it came from so that errors about it can
 * point at the right place.
 *
 * @param text the value
 * @param origin the environment variable, or the file, that gave it
 */
record ConfigValue(String text, String origin) {
}
