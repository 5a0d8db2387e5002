package dev.mdmmcp.server.managed;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.access.ApiTokenCheck;
import dev.mdmmcp.server.access.NewTokens;
import dev.mdmmcp.server.access.ServerLookup;
import dev.mdmmcp.server.access.ServerDefinition;
import dev.mdmmcp.server.access.StoredServerLookup;
import dev.mdmmcp.server.access.TokenDirectory;
import dev.mdmmcp.server.budget.BudgetLedger;
import dev.mdmmcp.server.budget.InProcessBudgetLedger;
import dev.mdmmcp.server.admin.AdminService;
import dev.mdmmcp.server.call.CallObserver;
import dev.mdmmcp.server.calllog.CallRecorder;
import dev.mdmmcp.server.config.ConfigException;
import dev.mdmmcp.server.config.ManagedConfig;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.crypto.CredentialSealer;
import dev.mdmmcp.server.crypto.MasterKey;
import dev.mdmmcp.server.crypto.MasterKeySource;
import dev.mdmmcp.server.crypto.SealedCredentials;
import dev.mdmmcp.server.inbound.InboundRates;
import dev.mdmmcp.server.oauth.AuthorizationGrants;
import dev.mdmmcp.server.oauth.AuthorizationServer;
import dev.mdmmcp.server.oauth.ClientMetadataDocuments;
import dev.mdmmcp.server.oauth.OAuthServers;
import dev.mdmmcp.server.oauth.OAuthSettings;
import dev.mdmmcp.server.oauth.OAuthUrls;
import dev.mdmmcp.server.oauth.ProtectedResources;
import dev.mdmmcp.server.observe.MetricsService;
import dev.mdmmcp.server.observe.ToolCallMetrics;
import dev.mdmmcp.server.signin.SignInService;
import dev.mdmmcp.server.store.Store;
import dev.mdmmcp.server.store.StoreBudgetLedger;
import dev.mdmmcp.server.store.StoreException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.OptionalInt;
import java.util.logging.Logger;

/**
 * Everything managed servers need, assembled once per process: the store, the master key
 * (checked against the stored credentials), the lookup of managed servers, the API-token
 * check, the admin API, health and metrics, the call history, the rate budgets and the purge job.
 */
public final class ManagedServers implements AutoCloseable {

    private static final Logger LOGGER = Logger.getLogger(ManagedServers.class.getName());

    private final ServerConfig config;
    private final Store store;
    private final SealedCredentials credentials;
    private final BudgetLedger budgets;
    private final StoredServerLookup lookup;
    private final ApiTokenCheck apiTokens;
    private final ToolCallMetrics metrics = new ToolCallMetrics();
    private final CallRecorder recorder;
    private final CallObserver observer;
    private final Purge purge;
    private final PublicUrl publicUrl;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final SecureRandom random;
    private final AuthorizationServer oauth;
    private volatile Function<String, Optional<ServerDefinition>> configuredOAuth = key -> Optional.empty();
    private final SignInService signIn;

    private ManagedServers(ServerConfig config, Store store, MasterKey key, SealedCredentials credentials,
            ObjectMapper mapper, Clock clock, SecureRandom random) {
        this.config = config;
        this.store = store;
        this.credentials = credentials;
        this.mapper = mapper;
        this.clock = clock;
        this.random = random;
        StoreBudgetLedger stored = new StoreBudgetLedger(store.database(), clock);
        this.budgets = config.managed().embeddedStore() ? new InProcessBudgetLedger() : stored;
        this.lookup = StoredServerLookup.create(store, credentials, mapper, config.catalogs(), clock, budgets,
                config.managed().upstreamHosts());
        this.apiTokens = ApiTokenCheck.create(config.managed().adminToken(), config.managed().adminTokenOpensMcp(),
                store.apiTokens());
        this.recorder = new CallRecorder(store.calls(), store.refusedCalls(), clock);
        this.observer = CallObserver.all(List.of(metrics, recorder));
        this.purge = new Purge(store, stored, config.managed().callHistory(), clock);
        this.publicUrl = new PublicUrl(config.managed().publicUrl());
        OAuthSettings settings = OAuthSettings.of(config.oauth());
        this.oauth = new AuthorizationServer(store, new OAuthServers(OAuthServers.configured(config), store,
                config.catalogs(), clock), new OAuthUrls(publicUrl),
                serverKey -> configuredOAuth.apply(serverKey).or(() -> lookup.findOAuth(serverKey)),
                ClientMetadataDocuments.create(settings.allowLoopbackClientMetadata())::find, settings, new NewTokens(random),
                mapper, clock);
        this.signIn = SignInService.create(config.oauth().identityProvider(), key, oauth.grants(), publicUrl, clock);
    }

    /**
     * Opens the store, loads and checks the master key and starts the purge job.
     *
     * @throws StoreException when the store cannot be opened
     * @throws ConfigException when the master key is missing, malformed or not the store's
     */
    public static ManagedServers open(ServerConfig config, ObjectMapper mapper, Clock clock) {
        ManagedConfig managed = config.managed();
        Store store = Store.open(managed);
        try {
            LOGGER.info("store: " + store.database().description());
            SecureRandom random = new SecureRandom();
            int sealedAccounts = store.accounts().countsByKeyId().values().stream().mapToInt(Integer::intValue).sum();
            MasterKey key = MasterKeySource.load(managed, random, sealedAccounts);
            checkKey(store, key);
            ManagedServers servers = new ManagedServers(config, store, key,
                    new SealedCredentials(new CredentialSealer(key, random), mapper), mapper, clock, random);
            servers.purge.start();
            servers.recorder.start();
            return servers;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** A key that did not seal the stored credentials stops startup, instead of failing every call later. */
    private static void checkKey(Store store, MasterKey key) {
        Map<String, Integer> byKey = store.accounts().countsByKeyId();
        byKey.remove(key.id());
        if (!byKey.isEmpty()) {
            throw new ConfigException("the master key (id " + key.id() + ") is not the key the stored credentials were"
                    + " sealed with: " + byKey.entrySet().stream().map(entry -> entry.getValue() + " integrated account(s)"
                    + " under key " + entry.getKey()).toList() + ". Start with the master key used when they were created"
                    + " (MDM_MCP_MASTER_KEY, or master.key in the data directory)");
        }
    }

    public ServerLookup lookup() {
        return lookup;
    }

    /**
     * Where the rate budgets of every account, configured or managed, are kept. With {@code db_url}
     * it is the store, which every instance on that database shares. The embedded store belongs to
     * one process, so its budgets stay in memory: booking there costs microseconds instead of a
     * fraction of a millisecond, and H2 would write a new page of its file for every booking.
     */
    public BudgetLedger budgetLedger() {
        return budgets;
    }

    public ApiTokenCheck apiTokens() {
        return apiTokens;
    }

    /** Metrics and the call history of managed servers. */
    public CallObserver callObserver() {
        return observer;
    }

    /** Sign-in of OAuth servers' people. */
    public SignInService signIn() {
        return signIn;
    }

    /** The authorization server of OAuth servers: its endpoints, grants and access-token check. */
    public AuthorizationServer authorizationServer() {
        return oauth;
    }

    /** The admin API; {@code rates} is the request rate of each API token, and of unknown tokens per client address. */
    public AdminService adminService(InboundRates rates) {
        return new AdminService(store, credentials, config.catalogs(), apiTokens, new NewTokens(random), publicUrl,
                lookup::forget, oauth.grants(), mapper, clock, recorder::flush, config.maxRequestBytes(), rates,
                config.managed().upstreamHosts());
    }

    /** Whether the store answers (readiness fails otherwise). */
    public boolean storeReachable() {
        return store.database().isReachable();
    }

    /** Tool calls, upstream latency and active servers. */
    public MetricsService metrics() {
        return new MetricsService(metrics, config.servers().size(), this::activeStoredServers);
    }

    /** The server listens: URLs handed out now use {@code public_url}, or the bound address. */
    public void started(String host, int port, Optional<URI> adminListener) {
        publicUrl.bound(host, port);
        LOGGER.info("admin API at " + adminListener.orElse(publicUrl.get()) + AdminService.PATH + (config.managed().adminToken().isPresent()
                ? " (admin_token is set)"
                : "; create an API token with: bin/mdm-mcp api-token create --name NAME"));
    }

    /** The configured servers, of which the OAuth servers are served beside the managed ones. */
    public void configured(TokenDirectory servers) {
        this.configuredOAuth = servers::findOAuth;
    }

    /** What sign-in answers pending authorizations with, and lists and revokes grants through. */
    public AuthorizationGrants authorizationGrants() {
        return oauth.grants();
    }

    /** The access-token check of OAuth servers. */
    public ProtectedResources protectedResources() {
        return oauth.resources();
    }

    public URI publicUrl() {
        return publicUrl.get();
    }

    private OptionalInt activeStoredServers() {
        try {
            return OptionalInt.of(store.servers().countActive(clock.instant()));
        } catch (StoreException e) {
            return OptionalInt.empty();
        }
    }

    @Override
    public void close() {
        purge.close();
        recorder.close();
        store.close();
    }
}
