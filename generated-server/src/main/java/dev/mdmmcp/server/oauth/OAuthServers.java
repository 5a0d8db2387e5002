package dev.mdmmcp.server.oauth;

import dev.mdmmcp.server.filter.MethodSelection;
import dev.mdmmcp.server.filter.ToolFilter;
import dev.mdmmcp.server.catalog.Catalogs;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.config.AccountConfig;
import dev.mdmmcp.server.config.McpServerConfig;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.catalog.VendorCatalog;
import dev.mdmmcp.server.store.AccountRecord;
import dev.mdmmcp.server.store.ServerRecord;
import dev.mdmmcp.server.store.Store;
import dev.mdmmcp.tool.MethodClass;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OAuth servers by key: the configured ones by name, the managed ones of the store by id.
 * Expired servers are not found.
 */
public final class OAuthServers {

    private static final Set<MethodClass> WRITE = MethodSelection.parse(MethodSelection.WRITE).orElseThrow();

    private final Map<String, OAuthServer> configured;
    private final Store store;
    private final Catalogs catalogs;
    private final Clock clock;

    public OAuthServers(Map<String, OAuthServer> configured, Store store, Catalogs catalogs, Clock clock) {
        this.configured = Map.copyOf(configured);
        this.store = store;
        this.catalogs = catalogs;
        this.clock = clock;
    }

    /**
     * @throws dev.mdmmcp.server.store.StoreUnavailableException when the store cannot be asked right now
     */
    public Optional<OAuthServer> find(String key) {
        OAuthServer server = configured.get(key);
        if (server != null) {
            return Optional.of(server);
        }
        Optional<ServerRecord> record = store.servers().findOAuth(key).filter(found -> found.isActiveAt(clock.instant()));
        if (record.isEmpty()) {
            return Optional.empty();
        }
        Optional<AccountRecord> account = store.accounts().find(record.get().accountId());
        Optional<VendorCatalog> catalog = account.flatMap(found -> catalogs.vendor(found.integration()));
        if (catalog.isEmpty()) {
            return Optional.empty();
        }
        ServerRecord found = record.get();
        return Optional.of(new OAuthServer(found.id(), found.name(), catalog.get().vendorId(), account.get().name(),
                found.methods().orElse(List.of()), found.tags().orElse(List.of()), found.expiresAt(),
                found.allowedPeople().orElseThrow(), offersWrite(catalog.get(), ToolFilter.of(found.methods(), found.tags()))));
    }

    /** The configured OAuth servers ({@code auth: oauth}) by name. */
    public static Map<String, OAuthServer> configured(ServerConfig config) {
        Map<String, OAuthServer> servers = new LinkedHashMap<>();
        for (McpServerConfig server : config.servers().values()) {
            if (server.allowedPeople().isEmpty()) {
                continue;
            }
            AccountConfig account = config.account(server.account());
            List<String> methods = server.filter().methods().size() == MethodClass.values().length
                    ? List.of()
                    : server.filter().methods().stream().map(MethodClass::wireName).sorted().toList();
            servers.put(server.name(), new OAuthServer(server.name(), server.name(), account.vendorId(), account.name(),
                    methods, List.copyOf(server.filter().tags()), Optional.empty(), server.allowedPeople().get(),
                    offersWrite(account.catalog(), server.filter())));
        }
        return servers;
    }

    /** Whether the filter lets through a tool that writes. */
    public static boolean offersWrite(VendorCatalog catalog, ToolFilter filter) {
        return offersWrite(catalog.tools().stream().filter(tool -> filter.admits(tool.descriptor())).toList());
    }

    /** Whether one of these tools writes. */
    public static boolean offersWrite(List<ToolEntry> tools) {
        return tools.stream().anyMatch(tool -> WRITE.contains(tool.descriptor().method()));
    }
}
