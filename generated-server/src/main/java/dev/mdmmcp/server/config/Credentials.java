package dev.mdmmcp.server.config;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The credential fields of one account, by the names its vendor's auth style uses
 * ({@code api_token}, {@code client_id}, ...). {@link #toString()} shows the names only.
 */
public final class Credentials {

    private final Map<String, Secret> fields;

    public Credentials(Map<String, Secret> fields) {
        this.fields = Map.copyOf(fields);
    }

    public Optional<Secret> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /**
     * @throws IllegalStateException when the field is missing; configuration validation makes sure it is not
     */
    public Secret required(String name) {
        return field(name).orElseThrow(() -> new IllegalStateException("credential '" + name + "' is missing"));
    }

    @Override
    public String toString() {
        return "Credentials" + new TreeMap<>(fields).keySet();
    }
}
