package dev.mdmmcp.server.managed;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The base of the URLs handed out: {@code public_url} when configured (a proxy in front), else
 * {@code http://<host>:<port>} of the bound socket, known once the server listens.
 */
final class PublicUrl implements Supplier<URI> {

    private final Optional<URI> configured;
    private volatile URI bound;

    PublicUrl(Optional<URI> configured) {
        this.configured = configured;
    }

    void bound(String host, int port) {
        String name = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "localhost"
                : host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        bound = URI.create("http://" + name.toLowerCase(Locale.ROOT) + ":" + port);
    }

    @Override
    public URI get() {
        return configured.orElseGet(() -> bound == null ? URI.create("http://localhost") : bound);
    }
}
