package dev.mdmmcp.simulator.kandji;

import dev.mdmmcp.simulator.AbstractVendorSimulator;
import dev.mdmmcp.simulator.SimulatorSettings;
import dev.mdmmcp.simulator.fleet.Versions;
import dev.mdmmcp.simulator.http.Json;
import dev.mdmmcp.simulator.http.RateLimiter;
import dev.mdmmcp.simulator.http.SimulatedServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A simulated Kandji tenant: the {@code /api/v1} endpoints of specs/kandji over a seeded fleet,
 * a bearer API token, limit + offset paging capped at 300, a cursor URL for the audit log, and
 * the tenant budget of 50 requests per second and 10,000 per hour.
 */
public final class KandjiSimulator extends AbstractVendorSimulator {

    public static final String VENDOR = "kandji";
    public static final String DEFAULT_API_TOKEN = "kandji-simulator-api-token-0123456789";
    public static final int PER_SECOND = 50;
    public static final int PER_HOUR = 10_000;

    private final KandjiFleet fleet;
    private final String apiToken;
    private final KandjiPlanted planted;

    private KandjiSimulator(SimulatedServer server, KandjiFleet fleet, String apiToken) {
        super(VENDOR, server);
        this.fleet = fleet;
        this.apiToken = apiToken;
        this.planted = plant(fleet);
    }

    public static KandjiSimulator start(SimulatorSettings settings) {
        KandjiFleet fleet = new KandjiFleetGenerator(settings.seed(), settings.resolvedAsOf()).generate(settings.devices());
        String apiToken = settings.credential("api_token", DEFAULT_API_TOKEN);
        RateLimiter limiter = settings.rateLimits()
                ? new RateLimiter(List.of(new RateLimiter.Window("Second", PER_SECOND, 1),
                        new RateLimiter.Window("Hour", PER_HOUR, 3600)), settings.clock())
                : null;
        KandjiJson json = new KandjiJson(fleet);
        SimulatedServer server = SimulatedServer.start(settings.host(), settings.port(), new KandjiGate(apiToken, limiter),
                (status, message) -> Json.object().put("detail", message), routing -> routing
                        .register("/api/v1/devices", new DeviceRoutes(fleet, json, settings.clock()))
                        .register("/api/v1/prism", new PrismRoutes(fleet))
                        .register("/api/v1", new TenantRoutes(fleet, json, settings.clock())));
        return new KandjiSimulator(server, fleet, apiToken);
    }

    @Override
    public Map<String, String> credentials() {
        return Map.of("api_token", apiToken);
    }

    @Override
    public Map<String, Object> sampleArguments() {
        Device mac = fleet.enrolled()
                .filter(device -> device.platform.isMac() && device.user().isPresent() && !device.missing)
                .findFirst().orElseGet(() -> fleet.enrolled().findFirst().orElseThrow());
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put("device_id", mac.id);
        ids.put("blueprint_id", mac.blueprint().id());
        ids.put("library_item_id", mac.blueprint().libraryItems().getFirst().id());
        mac.user().ifPresent(user -> ids.put("user_id", user.id()));
        ids.put("cve_id", fleet.vulnerabilities.getFirst().cveId());
        return ids;
    }

    /** What the seed planted, as it was when the simulator started. */
    public KandjiPlanted planted() {
        return planted;
    }

    private static KandjiPlanted plant(KandjiFleet fleet) {
        List<KandjiPlanted.OutdatedApp> docker = new ArrayList<>();
        fleet.enrolled().filter(device -> device.platform.isMac()).forEach(device -> {
            Optional<InstalledApp> app = device.app(KandjiApps.DOCKER_BUNDLE_ID);
            if (app.isPresent() && Versions.isOlder(app.get().version(), KandjiApps.DOCKER_FIXED_VERSION)) {
                docker.add(new KandjiPlanted.OutdatedApp(device.serial,
                        device.user().map(DirectoryUser::name).orElse(""),
                        device.user().map(DirectoryUser::email).orElse(""), app.get().version()));
            }
        });
        return new KandjiPlanted(docker);
    }
}
