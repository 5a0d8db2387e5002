package dev.mdmmcp.server.binding;

import java.util.List;
import java.util.Optional;

/** Values set beside the input, by key path: the configuration file's environment variables. */
public interface Overrides {

    /** An input nothing overrides: a request body. */
    Overrides NONE = new Overrides() {
        @Override
        public Optional<String> variable(List<String> keyPath) {
            return Optional.empty();
        }

        @Override
        public Optional<String> valueFor(List<String> keyPath) {
            return Optional.empty();
        }
    };

    /** The name of what would set the value at {@code keyPath}, when something can. */
    Optional<String> variable(List<String> keyPath);

    /** The value set for {@code keyPath}, when it is set and not empty. */
    Optional<String> valueFor(List<String> keyPath);
}
