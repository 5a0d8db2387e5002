package dev.mdmmcp.server.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.auth.AuthStyle;
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
 */
final class AccountRequests {

    static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_CREDENTIAL_LENGTH = 1024;
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

    NewAccount parseNew(JsonFields body) {
        body.allowOnly(CREATE_FIELDS);
        VendorCatalog catalog = integration(body);
        String name = body.requiredText("name", MAX_NAME_LENGTH);
        URI baseUrl = baseUrl(body, catalog).orElseThrow(() -> AdminProblem.invalid("base_url",
                "base_url is required, like " + catalog.profile().baseUrlTemplate()));
        JsonFields credentials = body.object("credentials").orElseThrow(() -> AdminProblem.invalid("credentials",
                "credentials is required: " + describe(catalog)));
        return new NewAccount(catalog, name, baseUrl, credentials(credentials, catalog),
                UpstreamSettings.ofNew(body, catalog));
    }

    /** @param currentSettings what the account sets now of the upstream policy */
    AccountChange parseChange(JsonFields body, VendorCatalog catalog, ObjectNode currentSettings) {
        if (body.has("integration")) {
            throw AdminProblem.invalid("integration", "integration cannot be changed: create a new integrated account");
        }
        body.allowOnly(CHANGE_FIELDS);
        Optional<String> name = body.optionalText("name", MAX_NAME_LENGTH);
        Optional<URI> baseUrl = baseUrl(body, catalog);
        Optional<Map<String, String>> credentials = body.object("credentials").map(fields -> credentials(fields, catalog));
        if (baseUrl.isPresent() && credentials.isEmpty()) {
            // A stolen admin token must not re-point stored credentials at another host.
            throw AdminProblem.invalid("credentials", "changing base_url needs the account's credentials again in the"
                    + " same request: " + describe(catalog));
        }
        Optional<ObjectNode> settings = UpstreamSettings.afterChange(body, currentSettings, catalog);
        if (name.isEmpty() && baseUrl.isEmpty() && credentials.isEmpty() && settings.isEmpty()) {
            throw AdminProblem.invalid(null, "nothing to change: send name, base_url, credentials or "
                    + String.join(", ", UpstreamPolicy.SETTINGS_KEYS));
        }
        return new AccountChange(name, baseUrl, credentials, settings);
    }

    private static List<String> withSettings(String... fields) {
        List<String> all = new ArrayList<>(List.of(fields));
        all.addAll(UpstreamPolicy.SETTINGS_KEYS);
        return List.copyOf(all);
    }

    private VendorCatalog integration(JsonFields body) {
        String known = String.join(", ", catalogs.vendorIds());
        String id = body.string("integration").orElseThrow(() -> AdminProblem.invalid("integration",
                "integration is required: one of " + known));
        return catalogs.vendor(id).orElseThrow(() -> AdminProblem.invalid("integration",
                "integration '" + id + "' is not known; valid: " + known));
    }

    private Optional<URI> baseUrl(JsonFields body, VendorCatalog catalog) {
        Optional<URI> url = body.string("base_url").map(text -> BaseUrls.normalize(text).orElseThrow(() -> AdminProblem.invalid(
                "base_url", "base_url must be an absolute http(s) URL without user info, query or fragment, like "
                        + catalog.profile().baseUrlTemplate())));
        url.flatMap(given -> upstreamHosts.refusal(given, catalog.profile())).ifPresent(refusal -> {
            throw AdminProblem.invalid("base_url", refusal);
        });
        return url;
    }

    private static Map<String, String> credentials(JsonFields fields, VendorCatalog catalog) {
        List<String> valid = new ArrayList<>(catalog.profile().requiredCredentials());
        valid.addAll(catalog.profile().optionalCredentials());
        fields.allowOnly(valid);
        Map<String, String> credentials = new LinkedHashMap<>();
        for (String field : catalog.profile().requiredCredentials()) {
            if (!fields.has(field)) {
                throw AdminProblem.invalid(fields.path(field), fields.path(field) + " is required for "
                        + catalog.vendorId() + ": " + describe(catalog));
            }
            credentials.put(field, fields.requiredText(field, MAX_CREDENTIAL_LENGTH));
        }
        for (String field : catalog.profile().optionalCredentials()) {
            fields.optionalText(field, MAX_CREDENTIAL_LENGTH).ifPresent(value -> credentials.put(field, value));
        }
        return credentials;
    }

    /** {@code client_id, client_secret, optional scope (auth style oauth2_client_credentials)}. */
    private static String describe(VendorCatalog catalog) {
        AuthStyle auth = catalog.profile().auth();
        List<String> fields = new ArrayList<>(catalog.profile().requiredCredentials());
        catalog.profile().optionalCredentials().forEach(field -> fields.add("optional " + field));
        return String.join(", ", fields) + " (auth style " + auth.name() + ")";
    }
}
