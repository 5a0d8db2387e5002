package dev.mdmmcp.simulator.ninjaone;

import dev.mdmmcp.simulator.AbstractVendorSimulator;
import dev.mdmmcp.simulator.SimulatorSettings;
import dev.mdmmcp.simulator.http.Json;
import dev.mdmmcp.simulator.http.SimulatedServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A simulated NinjaOne account: the {@code /v2} endpoints of specs/ninjaone over a seeded fleet,
 * OAuth2 client credentials at {@code /ws/oauth/token} with expiring access tokens and scopes,
 * pageSize + after paging of device lists, olderThan paging of activity, server-side cursors of
 * {@code /v2/queries/*} and body paging of ticket boards. NinjaOne publishes no fixed request
 * budget, so there is none here.
 */
public final class NinjaOneSimulator extends AbstractVendorSimulator {

    public static final String VENDOR = "ninjaone";
    public static final String DEFAULT_CLIENT_ID = "ninjaone-simulator-client";
    public static final String DEFAULT_CLIENT_SECRET = "ninjaone-simulator-secret-0123456789";

    private final NinjaFleet fleet;
    private final String clientId;
    private final String clientSecret;
    private final NinjaPlanted planted;
    private final Clock clock;

    private NinjaOneSimulator(SimulatedServer server, NinjaFleet fleet, String clientId, String clientSecret, Clock clock) {
        super(VENDOR, server);
        this.clock = clock;
        this.fleet = fleet;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.planted = plant(fleet);
    }

    public static NinjaOneSimulator start(SimulatorSettings settings) {
        NinjaFleet fleet = new NinjaFleetGenerator(settings.seed(), settings.resolvedAsOf()).generate(settings.devices());
        String clientId = settings.credential("client_id", DEFAULT_CLIENT_ID);
        String clientSecret = settings.credential("client_secret", DEFAULT_CLIENT_SECRET);
        OAuthTokens tokens = new OAuthTokens(clientId, clientSecret, settings.tokenLifetime(), settings.clock());
        NinjaJson json = new NinjaJson(fleet, settings.clock());
        SimulatedServer server = SimulatedServer.start(settings.host(), settings.port(), new NinjaGate(tokens),
                (status, message) -> Json.object().put("resultCode", status == 404 ? "NOT_FOUND" : "FAILURE")
                        .put("errorMessage", message).put("incidentId", UUID.randomUUID().toString()),
                routing -> routing
                        .post(OAuthTokens.TOKEN_PATH, tokens::token)
                        .register("/v2/queries", new NinjaQueryRoutes(fleet, json, new QueryCursors(settings.clock())))
                        .register("/v2/ticketing", new TicketRoutes(fleet))
                        .register("/v2", new NinjaDeviceRoutes(fleet, json, settings.clock()))
                        .register("/v2", new NinjaAccountRoutes(fleet, json)));
        return new NinjaOneSimulator(server, fleet, clientId, clientSecret, settings.clock());
    }

    @Override
    public Map<String, String> credentials() {
        return Map.of("client_id", clientId, "client_secret", clientSecret);
    }

    @Override
    public Map<String, Object> sampleArguments() {
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put("device_id", fleet.devices.getFirst().id);
        ids.put("organization_id", fleet.organizations.getFirst().id());
        ids.put("group_id", fleet.groups.getFirst().id());
        ids.put("boardId", fleet.boards.get(1).id());
        ids.put("ticketId", fleet.tickets.getFirst().id());
        // Not a pending-reboot alert: a sample reboot clears those.
        fleet.alerts.stream().filter(alert -> !alert.sourceType().equals("CONDITION_PENDING_REBOOT")).findFirst()
                .ifPresent(alert -> ids.put("alert_uid", alert.uid()));
        // A maintenance window ends in the future: a day after the later of now and the fleet's "now".
        Instant now = clock.instant().isAfter(fleet.asOf) ? clock.instant() : fleet.asOf;
        ids.put("end", now.plus(Duration.ofDays(1)).getEpochSecond());
        return ids;
    }

    /** What the seed planted, as it was when the simulator started. */
    public NinjaPlanted planted() {
        return planted;
    }

    private static NinjaPlanted plant(NinjaFleet fleet) {
        // Date-granular like NinjaOne's installedAfter: from the start of the day 14 days back.
        Instant since = fleet.asOf.minus(Duration.ofDays(14)).truncatedTo(ChronoUnit.DAYS);
        List<NinjaPlanted.PlantedDevice> failed = new ArrayList<>();
        List<NinjaPlanted.PlantedDevice> offline = new ArrayList<>();
        for (NinjaDevice device : fleet.devices) {
            if (device.osInstalls.stream()
                    .anyMatch(patch -> patch.status().equals("FAILED") && !patch.installedAt().isBefore(since))) {
                failed.add(new NinjaPlanted.PlantedDevice(device.id, device.systemName));
            }
            if (device.offline && device.nodeClass.server) {
                offline.add(new NinjaPlanted.PlantedDevice(device.id, device.systemName));
            }
        }
        return new NinjaPlanted(since, failed, offline);
    }
}
