package dev.mdmmcp.server.config;

import dev.mdmmcp.auth.AuthStyle;
import dev.mdmmcp.server.binding.BoundValue;
import dev.mdmmcp.server.binding.Refusal;
import dev.mdmmcp.server.binding.StrictNode;
import dev.mdmmcp.server.catalog.Catalogs;
import dev.mdmmcp.server.catalog.VendorCatalog;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and checks {@code accounts}: vendor, base URL and the credentials its auth style needs. */
final class AccountConfigReader {

    private static final List<String> KEYS = keys();

    private final Catalogs catalogs;

    AccountConfigReader(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    /** Every declared account by name; empty for one that is wrong (its problems are recorded). */
    Map<String, Optional<AccountConfig>> read(StrictNode root) {
        Map<String, StrictNode> entries = root.entries("accounts");
        DistinctVariables.check(root, "accounts", entries.keySet());
        Map<String, Optional<AccountConfig>> accounts = new LinkedHashMap<>();
        entries.forEach((name, node) -> accounts.put(name, readAccount(name, node)));
        return accounts;
    }

    private Optional<AccountConfig> readAccount(String name, StrictNode node) {
        node.rejectUnknownKeys(KEYS, "a key of an account");
        Optional<VendorCatalog> catalog = node.read(node.required("vendor"), "vendor", this::vendor);
        Optional<BoundValue> baseUrlText = node.required("base_url");
        if (catalog.isEmpty()) {
            return Optional.empty();
        }
        Optional<URI> baseUrl = node.read(baseUrlText, "base_url", value -> baseUrl(value, catalog.get()));
        Optional<Credentials> credentials = credentials(node.child("credentials"), catalog.get());
        UpstreamPolicy upstream = UpstreamPolicyReader.read(node, catalog.get().profile());
        if (baseUrl.isEmpty() || credentials.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AccountConfig(name, catalog.get(), baseUrl.get(), credentials.get(), upstream));
    }

    private VendorCatalog vendor(BoundValue value) {
        return catalogs.vendor(value.text()).orElseThrow(() -> new Refusal(value.shown()
                + " is not a vendor of this build; known vendors: " + String.join(", ", catalogs.vendorIds())));
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("vendor", "base_url", "credentials"));
        keys.addAll(UpstreamPolicyReader.KEYS);
        return List.copyOf(keys);
    }

    private static URI baseUrl(BoundValue value, VendorCatalog catalog) {
        return BaseUrls.normalize(value.text()).orElseThrow(() -> new Refusal(
                "must be an absolute http(s) URL without query or fragment, like "
                        + catalog.profile().baseUrlTemplate() + "; got " + value.shown()));
    }

    /** Empty when a required field is missing (recorded). */
    private static Optional<Credentials> credentials(StrictNode node, VendorCatalog catalog) {
        AuthStyle auth = catalog.profile().auth();
        List<String> valid = new ArrayList<>(catalog.profile().requiredCredentials());
        valid.addAll(catalog.profile().optionalCredentials());
        node.rejectUnknownKeys(valid, "a credential of " + catalog.vendorId() + " (auth style " + auth.name() + ")");
        Map<String, Secret> fields = new HashMap<>();
        boolean complete = true;
        for (String field : catalog.profile().requiredCredentials()) {
            Optional<BoundValue> value = node.requiredSecret(field);
            value.ifPresent(given -> fields.put(field, new Secret(given.text())));
            complete &= value.isPresent();
        }
        for (String field : catalog.profile().optionalCredentials()) {
            node.secret(field).ifPresent(value -> fields.put(field, new Secret(value.text())));
        }
        return complete ? Optional.of(new Credentials(fields)) : Optional.empty();
    }
}
