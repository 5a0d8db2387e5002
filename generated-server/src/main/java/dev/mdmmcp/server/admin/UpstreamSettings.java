package dev.mdmmcp.server.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.binding.StrictNode;
import dev.mdmmcp.server.catalog.VendorCatalog;
import dev.mdmmcp.server.config.UpstreamPolicy;
import dev.mdmmcp.server.store.AccountRecord;
import java.util.Optional;

/**
 * What an integrated account sets of {@code rate_limits}, {@code max_concurrency},
 * {@code timeouts}, {@code max_response_bytes} and {@code circuit_breaker}: the keys of an account
 * in the configuration file, checked by the same reader, so a value is valid here exactly when it
 * is valid there, and wrong with the same message. What is not set comes from the vendor.
 */
final class UpstreamSettings {

    private UpstreamSettings() {
    }

    /** The settings a new account's body sets; empty when it sets none. */
    static Optional<ObjectNode> ofNew(StrictNode body, VendorCatalog catalog) {
        ObjectNode settings = JsonNodeFactory.instance.objectNode();
        for (String key : UpstreamPolicy.SETTINGS_KEYS) {
            body.raw(key).ifPresent(value -> settings.set(key, value));
        }
        return settings.isEmpty() ? Optional.empty() : Optional.of(checked(body, settings, catalog));
    }

    /**
     * The settings after a change, when its body names any of the keys: each key named replaces
     * what was set for it as a whole, and {@code null} removes it (back to the vendor's default).
     */
    static Optional<ObjectNode> afterChange(StrictNode body, ObjectNode current, VendorCatalog catalog) {
        if (UpstreamPolicy.SETTINGS_KEYS.stream().noneMatch(body::names)) {
            return Optional.empty();
        }
        ObjectNode settings = current.deepCopy();
        for (String key : UpstreamPolicy.SETTINGS_KEYS) {
            if (body.names(key)) {
                body.raw(key).ifPresentOrElse(value -> settings.set(key, value), () -> settings.remove(key));
            }
        }
        return Optional.of(checked(body, settings, catalog));
    }

    /** What {@code account} sets, as stored; an empty object when nothing. */
    static ObjectNode of(AccountRecord account, ObjectMapper mapper) {
        return account.upstreamSettings().map(text -> {
            try {
                return (ObjectNode) mapper.readTree(text);
            } catch (JsonProcessingException | ClassCastException e) {
                throw new IllegalStateException("the stored upstream settings of integrated account " + account.id()
                        + " are not a JSON object");
            }
        }).orElseGet(mapper::createObjectNode);
    }

    /** {@code settings} as the store keeps them: compact JSON, or nothing when empty. */
    static Optional<String> toStore(ObjectNode settings, ObjectMapper mapper) {
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.writeValueAsString(settings));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** {@code settings}, checked as a part of {@code body}: their problems are the body's. */
    private static ObjectNode checked(StrictNode body, ObjectNode settings, VendorCatalog catalog) {
        UpstreamPolicy.fromRequestSettings(body.input().root(settings), catalog.profile());
        return settings;
    }
}
