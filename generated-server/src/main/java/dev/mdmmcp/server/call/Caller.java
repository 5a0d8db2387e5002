package dev.mdmmcp.server.call;

import java.util.Optional;

/**
 * The person behind a call of an OAuth server, as the identity provider named them when they
 * signed in.
 *
 * @param subject their subject at the identity provider
 * @param email their e-mail address, when the provider gave one
 */
public record Caller(String subject, Optional<String> email) {
}
