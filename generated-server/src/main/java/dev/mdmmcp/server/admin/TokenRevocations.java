package dev.mdmmcp.server.admin;

import java.util.Collection;

/**
 * Tells this instance's server lookup to forget servers at once when they are revoked or their
 * account changes; other instances notice within their lookup's freshness bound.
 */
@FunctionalInterface
public interface TokenRevocations {

    void forget(Collection<String> tokenHashes);
}
