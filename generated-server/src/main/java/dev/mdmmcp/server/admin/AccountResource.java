package dev.mdmmcp.server.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.catalog.Catalogs;
import dev.mdmmcp.server.catalog.VendorCatalog;
import dev.mdmmcp.server.config.Credentials;
import dev.mdmmcp.server.config.UpstreamHosts;
import dev.mdmmcp.server.crypto.Sealed;
import dev.mdmmcp.server.crypto.SealedCredentials;
import dev.mdmmcp.server.store.AccountRecord;
import dev.mdmmcp.server.store.Store;
import dev.mdmmcp.vendor.StaticHeader;
import io.helidon.webserver.http.ServerRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * {@code /integrated-account} and {@code /integrated-account/{id}}: connect a vendor tenant,
 * read it, change its name, base URL, credentials or upstream settings, and delete it with all its
 * MCP servers.
 * Credentials are sealed before they reach the store and are never returned.
 */
final class AccountResource {

    static final String PATH = "/integrated-account";
    private static final Logger LOGGER = Logger.getLogger(AccountResource.class.getName());

    private final Store store;
    private final SealedCredentials credentials;
    private final AccountRequests requests;
    private final Catalogs catalogs;
    private final AdminJson json;
    private final ObjectMapper mapper;
    private final AdminBody bodies;
    private final TokenRevocations revocations;
    private final Clock clock;

    AccountResource(Store store, SealedCredentials credentials, Catalogs catalogs, AdminJson json, ObjectMapper mapper,
            AdminBody bodies, TokenRevocations revocations, Clock clock, UpstreamHosts upstreamHosts) {
        this.store = store;
        this.credentials = credentials;
        this.requests = new AccountRequests(catalogs, upstreamHosts);
        this.catalogs = catalogs;
        this.json = json;
        this.mapper = mapper;
        this.bodies = bodies;
        this.revocations = revocations;
        this.clock = clock;
    }

    AdminReply create(ServerRequest request) {
        AccountRequests.NewAccount account = requests.parseNew(bodies.read(request));
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Sealed sealed = credentials.seal(id, account.credentials());
        Optional<String> settings = account.upstreamSettings().flatMap(given -> UpstreamSettings.toStore(given, mapper));
        AccountRecord record = new AccountRecord(id, account.catalog().vendorId(), account.name(), account.baseUrl(),
                sealed, 1, now, now, settings);
        store.accounts().insert(record);
        LOGGER.info("admin: created integrated account " + id + " (" + record.integration() + ")");
        return AdminReply.created(PATH + "/" + id, view(record));
    }

    AdminReply list(ServerRequest request) {
        List<ObjectNode> accounts = store.accounts().list().stream().map(this::view).toList();
        return AdminReply.ok(json.items(accounts));
    }

    AdminReply get(ServerRequest request) {
        return AdminReply.ok(view(existing(request)));
    }

    AdminReply update(ServerRequest request) {
        AccountRecord current = existing(request);
        VendorCatalog catalog = catalogs.vendor(current.integration()).orElseThrow(() -> AdminProblem.conflict(
                "integration '" + current.integration() + "' is not part of this build: the account cannot be changed"));
        AccountRequests.AccountChange change = requests.parseChange(bodies.read(request), catalog,
                UpstreamSettings.of(current, mapper));
        Sealed sealed = change.credentials().map(fields -> credentials.seal(current.id(), fields))
                .orElse(current.credentials());
        AccountRecord changed = new AccountRecord(current.id(), current.integration(),
                change.name().orElse(current.name()), change.baseUrl().orElse(current.baseUrl()), sealed,
                current.version() + 1, current.createdAt(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
                change.upstreamSettings().map(settings -> UpstreamSettings.toStore(settings, mapper))
                        .orElse(current.upstreamSettings()));
        if (!store.accounts().update(changed, current.version())) {
            throw AdminProblem.conflict("integrated account " + current.id()
                    + " was changed or deleted at the same time; read it again and retry");
        }
        // Its servers use the new connection here at once, on other instances within a second.
        revocations.forget(serversOf(current.id()));
        LOGGER.info("admin: changed integrated account " + current.id()
                + (change.credentials().isPresent() ? " (credentials rotated)" : "")
                + (change.upstreamSettings().isPresent() ? " (upstream settings changed)" : ""));
        return AdminReply.ok(view(changed));
    }

    AdminReply delete(ServerRequest request) {
        AccountRecord account = existing(request);
        List<String> tokenHashes = serversOf(account.id());
        if (!store.accounts().delete(account.id())) {
            throw notFound(account.id());
        }
        revocations.forget(tokenHashes);
        LOGGER.info("admin: deleted integrated account " + account.id() + " and its " + tokenHashes.size()
                + " MCP server(s)");
        return AdminReply.noContent();
    }

    /**
     * The account as the admin API shows it: never its credentials, but the values of its
     * vendor's per-account headers declared {@code secret: false} (vendor.yaml), under {@code headers}.
     */
    private ObjectNode view(AccountRecord account) {
        ObjectNode view = json.account(account);
        List<StaticHeader> shown = catalogs.vendor(account.integration())
                .map(catalog -> catalog.profile().headers().stream()
                        .filter(header -> header.isPerAccount() && !header.secret()).toList())
                .orElse(List.of());
        if (!shown.isEmpty()) {
            Credentials opened = credentials.open(account.id(), account.credentials());
            ObjectNode headers = view.putObject("headers");
            shown.forEach(header -> opened.field(header.credential())
                    .ifPresent(value -> headers.put(header.name(), value.reveal())));
        }
        return view;
    }

    /** The account named by the path's {@code id}. */
    AccountRecord existing(ServerRequest request) {
        String id = request.path().pathParameters().get("id");
        return store.accounts().find(id).orElseThrow(() -> notFound(id));
    }

    private List<String> serversOf(String accountId) {
        return store.servers().tokenHashesOf(accountId);
    }

    private static AdminProblem notFound(String id) {
        return AdminProblem.notFound("no integrated account '" + id + "'");
    }
}
