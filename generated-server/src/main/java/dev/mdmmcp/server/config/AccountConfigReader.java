package dev.mdmmcp.server.config;

import dev.mdmmcp.auth.AuthStyle;
import dev.mdmmcp.server.catalog.Catalogs;
import dev.mdmmcp.server.catalog.VendorCatalog;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and checks {@code accounts}: vendor, base URL and the credentials its auth style needs. */
final class AccountConfigReader {

    private static final List<String> KEYS = keys();

    private final Catalogs catalogs;

    AccountConfigReader(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    Map<String, AccountConfig> read(ConfigNode root) {
        Map<String, ConfigNode> entries = root.entries("accounts");
        DistinctVariables.check(root, "accounts", entries.keySet());
        Map<String, AccountConfig> accounts = new LinkedHashMap<>();
        entries.forEach((name, node) -> accounts.put(name, readAccount(name, node)));
        return accounts;
    }

    private AccountConfig readAccount(String name, ConfigNode node) {
        node.rejectUnknownKeys(KEYS, "a key of an account");
        ConfigValue vendorId = node.requiredScalar("vendor");
        VendorCatalog catalog = catalogs.vendor(vendorId.text()).orElseThrow(() -> node.error("vendor",
                "'" + vendorId.text() + "' is not a vendor of this build; known vendors: "
                        + String.join(", ", catalogs.vendorIds())));
        URI baseUrl = baseUrl(node, node.requiredScalar("base_url"), catalog);
        Credentials credentials = credentials(node.child("credentials"), catalog);
        UpstreamPolicy upstream = UpstreamPolicyReader.read(node, catalog.profile());
        return new AccountConfig(name, catalog, baseUrl, credentials, upstream);
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("vendor", "base_url", "credentials"));
        keys.addAll(UpstreamPolicyReader.KEYS);
        return List.copyOf(keys);
    }

    private static URI baseUrl(ConfigNode node, ConfigValue value, VendorCatalog catalog) {
        return BaseUrls.normalize(value.text()).orElseThrow(() -> node.error("base_url",
                "must be an absolute http(s) URL without query or fragment, like "
                        + catalog.profile().baseUrlTemplate() + "; got '" + value.text() + "'" + fromEnvironment(value, node)));
    }

    private static Credentials credentials(ConfigNode node, VendorCatalog catalog) {
        AuthStyle auth = catalog.profile().auth();
        List<String> valid = new ArrayList<>(catalog.profile().requiredCredentials());
        valid.addAll(catalog.profile().optionalCredentials());
        node.rejectUnknownKeys(valid, "a credential of " + catalog.vendorId() + " (auth style " + auth.name() + ")");
        Map<String, Secret> fields = new HashMap<>();
        for (String field : catalog.profile().requiredCredentials()) {
            fields.put(field, new Secret(node.requiredScalar(field).text()));
        }
        for (String field : catalog.profile().optionalCredentials()) {
            node.scalar(field).ifPresent(value -> fields.put(field, new Secret(value.text())));
        }
        return new Credentials(fields);
    }

    private static String fromEnvironment(ConfigValue value, ConfigNode node) {
        return value.origin().equals(node.source()) ? "" : " (from " + value.origin() + ")";
    }
}
