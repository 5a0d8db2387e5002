package dev.mdmmcp.server.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.auth.AuthStyle;
import dev.mdmmcp.server.binding.StrictNode;
import dev.mdmmcp.server.catalog.Catalogs;
import dev.mdmmcp.server.catalog.VendorCatalog;
import dev.mdmmcp.server.config.BaseUrls;
import dev.mdmmcp.server.config.UpstreamHosts;
import dev.mdmmcp.server.config.UpstreamPolicy;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and checks the bodies of {@code POST /integrated-account} and
 * {@code PATCH /integrated-account/{id}}: a known integration, a name, a base URL, exactly the
 * credential fields the integration's auth style takes, and optional {@link UpstreamSettings}.
 * Every problem of a body is found before it is refused.
 */
final class AccountRequests {

    static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_CREDENTIAL_LENGTH = 1024;
    private static final String KNOWN_FIELD = "a known field";
    private static final List<String> CREATE_FIELDS = withSettings("integration", "name", "base_url", "credentials");
    private static final List<String> CHANGE_FIELDS = withSettings("name", "base_url", "credentials");

    /** @param upstreamSettings what the account sets of the upstream policy; empty: the vendor's defaults */
    record NewAccount(VendorCatalog catalog, String name, URI baseUrl, Map<String, String> credentials,
            Optional<ObjectNode> upstreamSettings) {
    }

    /** What a PATCH changes; absent parts stay as they are ({@code upstreamSettings}: the whole new set). */
    record AccountChange(Optional<String> name, Optional<URI> baseUrl, Optional<Map<String, String>> credentials,
            Optional<ObjectNode> upstreamSettings) {
    }

    private final Catalogs catalogs;
    private final UpstreamHosts upstreamHosts;

    AccountRequests(Catalogs catalogs, UpstreamHosts upstreamHosts) {
        this.catalogs = catalogs;
        this.upstreamHosts = upstreamHosts;
    }

    /** @throws AdminProblem listing every problem of the body */
    NewAccount parseNew(StrictNode body) {
        body.rejectUnknownKeys(CREATE_FIELDS, KNOWN_FIELD);
        Optional<VendorCatalog> catalog = integration(body);
        Optional<String> name = body.requiredSingleLine("name", MAX_NAME_LENGTH);
        Optional<URI> baseUrl = Optional.empty();
        Optional<Map<String, String>> credentials = Optional.empty();
        Optional<ObjectNode> settings = Optional.empty();
        if (catalog.isPresent()) {
            if (!body.has("base_url")) {
                body.refuse("base_url", "is required, like " + catalog.get().profile().baseUrlTemplate());
            }
            baseUrl = baseUrl(body, catalog.get());
            if (!body.has("credentials")) {
                body.refuse("credentials", "is required: " + describe(catalog.get()));
            }
            credentials = body.object("credentials").flatMap(fields -> credentials(fields, catalog.get()));
            settings = UpstreamSettings.ofNew(body, catalog.get());
        }
        AdminProblem.throwIfAny(body.input());
        return new NewAccount(catalog.orElseThrow(), name.orElseThrow(), baseUrl.orElseThrow(), credentials.orElseThrow(),
                settings);
    }

    /**
     * @param currentSettings what the account sets now of the upstream policy
     * @throws AdminProblem listing every problem of the body
     */
    AccountChange parseChange(StrictNode body, VendorCatalog catalog, ObjectNode currentSettings) {
        if (body.has("integration")) {
            body.refuse("integration", "cannot be changed: create a new integrated account");
        }
        body.rejectUnknownKeys(CHANGE_FIELDS, KNOWN_FIELD);
        Optional<String> name = body.singleLine("name", MAX_NAME_LENGTH);
        Optional<URI> baseUrl = baseUrl(body, catalog);
        Optional<Map<String, String>> credentials = body.object("credentials").flatMap(fields -> credentials(fields, catalog));
        if (baseUrl.isPresent() && !body.has("credentials")) {
            // A stolen admin token must not re-point stored credentials at another host.
            body.refuseSentence("credentials", "changing base_url needs the account's credentials again in the same"
                    + " request: " + describe(catalog));
        }
        Optional<ObjectNode> settings = UpstreamSettings.afterChange(body, currentSettings, catalog);
        boolean changesSomething = CHANGE_FIELDS.stream().anyMatch(body::names);
        if (!changesSomething && !body.input().hasProblems()) {
            body.refuse("nothing to change: send name, base_url, credentials or "
                    + String.join(", ", UpstreamPolicy.SETTINGS_KEYS));
        }
        AdminProblem.throwIfAny(body.input());
        return new AccountChange(name, baseUrl, credentials, settings);
    }

    private static List<String> withSettings(String... fields) {
        List<String> all = new ArrayList<>(List.of(fields));
        all.addAll(UpstreamPolicy.SETTINGS_KEYS);
        return List.copyOf(all);
    }

    private Optional<VendorCatalog> integration(StrictNode body) {
        String known = String.join(", ", catalogs.vendorIds());
        if (!body.has("integration")) {
            body.refuse("integration", "is required: one of " + known);
            return Optional.empty();
        }
        return body.text("integration").flatMap(id -> {
            Optional<VendorCatalog> catalog = catalogs.vendor(id);
            if (catalog.isEmpty()) {
                body.refuse("integration", "'" + id + "' is not known; valid: " + known);
            }
            return catalog;
        });
    }

    private Optional<URI> baseUrl(StrictNode body, VendorCatalog catalog) {
        return body.text("base_url").flatMap(text -> {
            Optional<URI> url = BaseUrls.normalize(text);
            if (url.isEmpty()) {
                body.refuse("base_url", "must be an absolute http(s) URL without user info, query or fragment, like "
                        + catalog.profile().baseUrlTemplate());
                return Optional.empty();
            }
            Optional<String> refusal = upstreamHosts.refusal(url.get(), catalog.profile());
            refusal.ifPresent(sentence -> body.refuseSentence("base_url", sentence));
            return refusal.isEmpty() ? url : Optional.empty();
        });
    }

    /** Empty when a field is wrong or missing (recorded). */
    private static Optional<Map<String, String>> credentials(StrictNode fields, VendorCatalog catalog) {
        List<String> valid = new ArrayList<>(catalog.profile().requiredCredentials());
        valid.addAll(catalog.profile().optionalCredentials());
        fields.rejectUnknownKeys(valid, KNOWN_FIELD);
        Map<String, String> credentials = new LinkedHashMap<>();
        boolean complete = true;
        for (String field : catalog.profile().requiredCredentials()) {
            if (!fields.has(field)) {
                fields.refuse(field, "is required for " + catalog.vendorId() + ": " + describe(catalog));
            }
            Optional<String> value = fields.singleLine(field, MAX_CREDENTIAL_LENGTH);
            value.ifPresent(given -> credentials.put(field, given));
            complete &= value.isPresent();
        }
        for (String field : catalog.profile().optionalCredentials()) {
            fields.singleLine(field, MAX_CREDENTIAL_LENGTH).ifPresent(value -> credentials.put(field, value));
        }
        return complete ? Optional.of(credentials) : Optional.empty();
    }

    /** {@code client_id, client_secret, optional scope (auth style oauth2_client_credentials)}. */
    private static String describe(VendorCatalog catalog) {
        AuthStyle auth = catalog.profile().auth();
        List<String> fields = new ArrayList<>(catalog.profile().requiredCredentials());
        catalog.profile().optionalCredentials().forEach(field -> fields.add("optional " + field));
        return String.join(", ", fields) + " (auth style " + auth.name() + ")";
    }
}
