package dev.mdmmcp.server.config;

import java.util.Optional;

/**
 * The configuration is unusable. The message is one line that names the file and the key path
 * and says what to do; it never contains a secret.
 */
public final class ConfigException extends RuntimeException {

    private final String keyPath;
    private final String problem;

    public ConfigException(String message) {
        this(message, null, null);
    }

    /**
     * @param keyPath the key that is wrong, like {@code rate_limits.share}
     * @param problem what is wrong with it, like {@code must be a percentage from 1 to 100 ...}
     */
    ConfigException(String message, String keyPath, String problem) {
        super(message);
        this.keyPath = keyPath;
        this.problem = problem;
    }

    /** The key path the problem is at, when it is at one: the admin API reports the same problem for its field. */
    public Optional<String> keyPath() {
        return Optional.ofNullable(keyPath);
    }

    /** What is wrong at {@link #keyPath()}, without the file: {@code keyPath() + " " + problem()} reads as a sentence. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }
}
