package dev.mdmmcp.simulator.ninjaone;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.simulator.http.Json;
import dev.mdmmcp.simulator.http.Query;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The fleet-wide reports, {@code /v2/queries/*}: rows of every device matching {@code df}, each
 * with {@code deviceId} and {@code timestamp}, in pages of {@code pageSize} behind NinjaOne's
 * {@code {cursor: {name, offset, count, expires}, results}} envelope.
 */
final class NinjaQueryRoutes implements HttpService {

    private static final Set<String> NOT_FILTERS = Set.of("cursor", "pageSize", "ts");

    private final NinjaFleet fleet;
    private final NinjaJson json;
    private final QueryCursors cursors;

    /** Adds the rows of one device to the report. */
    private interface Rows extends BiConsumer<NinjaDevice, List<ObjectNode>> {
    }

    NinjaQueryRoutes(NinjaFleet fleet, NinjaJson json, QueryCursors cursors) {
        this.fleet = fleet;
        this.json = json;
        this.cursors = cursors;
    }

    @Override
    public void routing(HttpRules rules) {
        query(rules, "/software", 1, (request, query) -> {
            Predicate<Application> installed = NinjaDeviceRoutes.installedBetween(query, Application::installDate);
            return (device, rows) -> device.software.stream().filter(installed).forEach(app -> rows.add(json.application(app)));
        });
        query(rules, "/os-patches", 1, (request, query) -> {
            Predicate<OsPatch> filter = NinjaDeviceRoutes.matches(query, "status", OsPatch::status)
                    .and(NinjaDeviceRoutes.matches(query, "type", OsPatch::type))
                    .and(NinjaDeviceRoutes.matches(query, "severity", OsPatch::severity));
            return (device, rows) -> device.osPatches.stream().filter(filter).forEach(patch -> rows.add(json.osPatch(patch)));
        });
        query(rules, "/os-patch-installs", 1, (request, query) -> {
            Predicate<OsPatch> filter = NinjaDeviceRoutes.matches(query, "status", OsPatch::status)
                    .and(NinjaDeviceRoutes.installedBetween(query, OsPatch::installedAt));
            return (device, rows) -> device.osInstalls.stream().filter(filter).forEach(patch -> rows.add(json.osPatch(patch)));
        });
        query(rules, "/software-patches", 1, (request, query) -> {
            Predicate<SoftwarePatch> filter = NinjaDeviceRoutes.matches(query, "status", SoftwarePatch::status)
                    .and(NinjaDeviceRoutes.matches(query, "type", SoftwarePatch::type))
                    .and(NinjaDeviceRoutes.matches(query, "impact", SoftwarePatch::impact))
                    .and(NinjaDeviceRoutes.matches(query, "productIdentifier", SoftwarePatch::productIdentifier));
            return (device, rows) -> device.softwarePatches.stream().filter(filter)
                    .forEach(patch -> rows.add(json.softwarePatch(patch)));
        });
        query(rules, "/software-patch-installs", 1, (request, query) -> {
            Predicate<SoftwarePatch> filter = NinjaDeviceRoutes.matches(query, "status", SoftwarePatch::status)
                    .and(NinjaDeviceRoutes.matches(query, "type", SoftwarePatch::type))
                    .and(NinjaDeviceRoutes.matches(query, "impact", SoftwarePatch::impact))
                    .and(NinjaDeviceRoutes.matches(query, "productIdentifier", SoftwarePatch::productIdentifier))
                    .and(NinjaDeviceRoutes.installedBetween(query, SoftwarePatch::installedAt));
            return (device, rows) -> device.softwareInstalls.stream().filter(filter)
                    .forEach(patch -> rows.add(json.softwarePatch(patch)));
        });
        query(rules, "/device-health", 1, (request, query) -> {
            String health = query.text("health").orElse(null);
            return (device, rows) -> {
                ObjectNode row = json.health(device);
                if (health == null || health.equalsIgnoreCase(row.get("healthStatus").asText())) {
                    rows.add(row);
                }
            };
        });
        query(rules, "/antivirus-status", 1, (request, query) -> {
            Predicate<Antivirus> filter = NinjaDeviceRoutes.matches(query, "productState", Antivirus::productState)
                    .and(NinjaDeviceRoutes.matches(query, "productName", Antivirus::productName));
            return (device, rows) -> {
                if (device.antivirus != null && filter.test(device.antivirus)) {
                    rows.add(json.antivirus(device.antivirus));
                }
            };
        });
        query(rules, "/operating-systems", 1, (request, query) -> (device, rows) -> rows.add(json.os(device)));
        query(rules, "/computer-systems", 1, (request, query) -> (device, rows) -> rows.add(json.system(device)));
        query(rules, "/volumes", 1, (request, query) -> {
            boolean bitLocker = query.list("include").contains("bl");
            return (device, rows) -> device.volumes.forEach(volume -> rows.add(json.volume(volume, bitLocker)));
        });
        query(rules, "/logged-on-users", 10, (request, query) -> (device, rows) -> {
            if (device.lastLoggedInUser != null && !device.lastLoggedInUser.isEmpty()) {
                rows.add(json.loggedOnUser(device));
            }
        });
    }

    private interface RowsFactory {
        Rows of(ServerRequest request, Query query);
    }

    private void query(HttpRules rules, String path, int minPageSize, RowsFactory factory) {
        int maxPageSize = path.equals("/logged-on-users") ? 10_000 : 1000;
        rules.get(path, (request, response) -> report(request, response, path, minPageSize, maxPageSize, factory));
    }

    private void report(ServerRequest request, ServerResponse response, String path, int minPageSize, int maxPageSize,
            RowsFactory factory) {
        Query query = new Query(request.query());
        int pageSize = Paging.pageSize(query, 1000, minPageSize, maxPageSize);
        Predicate<NinjaDevice> devices = DeviceFilter.parse(query.text("df").orElse(null));
        Rows rowsOf = factory.of(request, query);
        Instant timestamp = fleet.asOf.minusSeconds(600);
        List<ObjectNode> rows = new ArrayList<>();
        for (NinjaDevice device : fleet.devices) {
            if (devices.test(device)) {
                int first = rows.size();
                rowsOf.accept(device, rows);
                for (int i = first; i < rows.size(); i++) {
                    rows.get(i).put("deviceId", device.id).set("timestamp", Json.epochSeconds(timestamp));
                }
            }
        }
        QueryCursors.Position position = cursors.next(query.text("cursor").orElse(null), path + filtersOf(request), pageSize);
        int from = Math.min(position.offset(), rows.size());
        List<ObjectNode> page = rows.subList(from, Math.min(rows.size(), from + pageSize));
        ObjectNode body = Json.object();
        ObjectNode cursor = body.putObject("cursor").put("name", position.name()).put("offset", from).put("count", page.size());
        cursor.set("expires", Json.epochSeconds(position.expires()));
        ArrayNode results = body.putArray("results");
        page.forEach(results::add);
        Json.send(response, body);
    }

    /** The query's filters in a canonical order: what a cursor is bound to. */
    private static String filtersOf(ServerRequest request) {
        TreeMap<String, List<String>> filters = new TreeMap<>();
        for (String name : request.query().names()) {
            if (!NOT_FILTERS.contains(name)) {
                filters.put(name, request.query().all(name));
            }
        }
        return filters.toString();
    }
}
