package dev.mdmmcp.server.config;

import java.util.Objects;

/**
 * A credential, URL token or key. Its {@link #toString()} never shows the value, so a secret
 * that ends up in a log line, an exception or a record's {@code toString} stays hidden; only
 * {@link #reveal()} gives it out, at the one place that sends it.
 */
public final class Secret {

    private final String value;

    public Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "******";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
