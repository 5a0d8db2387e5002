package dev.mdmmcp.server.config;

/**
 * A scalar read from the configuration, with where it came from so that errors about it can
 * point at the right place.
 *
 * @param text the value
 * @param origin the environment variable, or the file, that gave it
 * @param quotedInJson whether JSON read with strict types (the admin API) gave it as a string:
 *        there {@code "8"} is not a number (files and variables are text, and are read as such)
 */
record ConfigValue(String text, String origin, boolean quotedInJson) {

    ConfigValue(String text, String origin) {
        this(text, origin, false);
    }
}
