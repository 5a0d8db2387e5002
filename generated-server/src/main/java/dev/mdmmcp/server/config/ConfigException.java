package dev.mdmmcp.server.config;

/**
 * The configuration is unusable. The message is one line that names the file and the key path
 * and says what to do; it never contains a secret.
 */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
