package dev.mdmmcp.simulator.ninjaone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.simulator.fleet.Derived;
import dev.mdmmcp.simulator.http.Json;
import dev.mdmmcp.simulator.http.Query;
import dev.mdmmcp.simulator.http.VendorError;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code /v2} device endpoints: device lists (after-id paging), search, one device and its
 * software, patches, install history, alerts, activity (olderThan paging), disks, volumes, last
 * user and jobs; the fleet's alerts and activity log; changing a device, rebooting it, patch
 * scans and installs, maintenance windows and alert resets. Writes change what later reads see.
 */
final class NinjaDeviceRoutes implements HttpService {

    private static final int MAX_PAGE = 1000;

    private final NinjaFleet fleet;
    private final NinjaJson json;
    private final Clock clock;

    NinjaDeviceRoutes(NinjaFleet fleet, NinjaJson json, Clock clock) {
        this.fleet = fleet;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/devices", (request, response) -> devices(request, response, fleet.devices, json::device))
                .get("/devices-detailed", (request, response) -> devices(request, response, fleet.devices, json::detailed))
                .get("/devices/search", this::search)
                .get("/organization/{id}/devices", this::organizationDevices)
                .get("/device/{id}", (request, response) -> Json.send(response, json.full(device(request))))
                .patch("/device/{id}", this::update)
                .get("/device/{id}/software", (request, response) -> sendAll(response, device(request).software, json::application))
                .get("/device/{id}/os-patches", this::osPatches)
                .get("/device/{id}/os-patch-installs", this::osPatchInstalls)
                .get("/device/{id}/software-patches", this::softwarePatches)
                .get("/device/{id}/software-patch-installs", this::softwarePatchInstalls)
                .get("/device/{id}/alerts", this::deviceAlerts)
                .get("/device/{id}/activities", this::deviceActivities)
                .get("/device/{id}/disks", (request, response) -> sendAll(response, device(request).disks, json::disk))
                .get("/device/{id}/volumes", this::volumes)
                .get("/device/{id}/last-logged-on-user", this::lastUser)
                .get("/device/{id}/jobs", this::jobs)
                .post("/device/{id}/reboot/{mode}", this::reboot)
                .post("/device/{id}/patch/{kind}/{step}", this::patch)
                .put("/device/{id}/maintenance", this::scheduleMaintenance)
                .delete("/device/{id}/maintenance", this::cancelMaintenance)
                .delete("/alert/{uid}", this::resetAlert)
                .get("/alerts", this::alerts)
                .get("/activities", this::activities);
    }

    private NinjaDevice device(ServerRequest request) {
        String id = request.path().pathParameters().get("id");
        try {
            return fleet.device(Integer.parseInt(id)).orElseThrow(() -> VendorError.notFound("Device " + id + " not found"));
        } catch (NumberFormatException e) {
            throw VendorError.notFound("Device " + id + " not found");
        }
    }

    private static <T> void sendAll(ServerResponse response, List<T> items, Function<T, ObjectNode> render) {
        ArrayNode body = Json.array();
        items.forEach(item -> body.add(render.apply(item)));
        Json.send(response, body);
    }

    // ------------------------------------------------------------ lists

    private void devices(ServerRequest request, ServerResponse response, List<NinjaDevice> devices,
            Function<NinjaDevice, ObjectNode> render) {
        Query query = new Query(request.query());
        Predicate<NinjaDevice> filter = DeviceFilter.parse(query.text("df").orElse(null));
        int pageSize = Paging.pageSize(query, Integer.MAX_VALUE, 1, MAX_PAGE);
        long after = query.number("after").orElse(0L);
        List<NinjaDevice> page = devices.stream().filter(device -> device.id > after).filter(filter).limit(pageSize).toList();
        sendAll(response, page, render);
    }

    private void organizationDevices(ServerRequest request, ServerResponse response) {
        String id = request.path().pathParameters().get("id");
        int organization;
        try {
            organization = Integer.parseInt(id);
        } catch (NumberFormatException e) {
            throw VendorError.notFound("Organization " + id + " not found");
        }
        if (fleet.organization(organization).isEmpty()) {
            throw VendorError.notFound("Organization " + id + " not found");
        }
        devices(request, response, fleet.devices.stream().filter(device -> device.organizationId() == organization).toList(),
                json::device);
    }

    private void search(ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        String text = query.text("q").orElseThrow(() -> VendorError.badRequest("Query parameter 'q' is required."))
                .toLowerCase(Locale.ROOT);
        int limit = query.integer("limit", 50);
        List<ObjectNode> matches = new ArrayList<>();
        for (NinjaDevice device : fleet.devices) {
            String[][] attributes = {{"systemName", device.systemName}, {"displayName", device.displayName()},
                    {"dnsName", device.dnsName}, {"lastLoggedInUser", device.lastLoggedInUser},
                    {"ipAddress", device.ipAddress}};
            for (String[] attribute : attributes) {
                String value = attribute[1] == null ? "" : attribute[1].toLowerCase(Locale.ROOT);
                if (value.contains(text)) {
                    ObjectNode match = json.device(device);
                    match.put("score", value.equals(text) ? 100 : value.startsWith(text) ? 80 : 60);
                    match.put("matchAttr", attribute[0]);
                    match.put("matchAttrValue", attribute[1]);
                    matches.add(match);
                    break;
                }
            }
        }
        matches.sort(Comparator.comparingInt((ObjectNode match) -> -match.get("score").asInt())
                .thenComparingInt(match -> match.get("id").asInt()));
        ObjectNode body = Json.object().put("query", query.text("q").orElseThrow());
        ArrayNode devices = body.putArray("devices");
        matches.stream().limit(Math.max(0, limit)).forEach(devices::add);
        Json.send(response, body);
    }

    // ---------------------------------------------------- one device's data

    private void osPatches(ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        Predicate<OsPatch> filter = matches(query, "status", OsPatch::status)
                .and(matches(query, "type", OsPatch::type)).and(matches(query, "severity", OsPatch::severity));
        sendAll(response, device(request).osPatches.stream().filter(filter).toList(), json::osPatch);
    }

    private void osPatchInstalls(ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        Predicate<OsPatch> filter = matches(query, "status", OsPatch::status)
                .and(installedBetween(query, OsPatch::installedAt));
        sendAll(response, device(request).osInstalls.stream().filter(filter)
                .sorted(Comparator.comparing(OsPatch::installedAt)).toList(), json::osPatch);
    }

    private void softwarePatches(ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        Predicate<SoftwarePatch> filter = matches(query, "status", SoftwarePatch::status)
                .and(matches(query, "type", SoftwarePatch::type)).and(matches(query, "impact", SoftwarePatch::impact))
                .and(matches(query, "productIdentifier", SoftwarePatch::productIdentifier));
        sendAll(response, device(request).softwarePatches.stream().filter(filter).toList(), json::softwarePatch);
    }

    private void softwarePatchInstalls(ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        Predicate<SoftwarePatch> filter = matches(query, "status", SoftwarePatch::status)
                .and(matches(query, "type", SoftwarePatch::type)).and(matches(query, "impact", SoftwarePatch::impact))
                .and(matches(query, "productIdentifier", SoftwarePatch::productIdentifier))
                .and(installedBetween(query, SoftwarePatch::installedAt));
        sendAll(response, device(request).softwareInstalls.stream().filter(filter)
                .sorted(Comparator.comparing(SoftwarePatch::installedAt)).toList(), json::softwarePatch);
    }

    /** An exact, case-insensitive match of a query parameter, when it is given. */
    static <T> Predicate<T> matches(Query query, String name, Function<T, String> value) {
        Optional<String> wanted = query.text(name);
        return wanted.isEmpty() ? item -> true : item -> wanted.get().equalsIgnoreCase(value.apply(item));
    }

    /** {@code installedAfter} (from the start of that day) and {@code installedBefore} (before that day), as yyyyMMdd. */
    static <T> Predicate<T> installedBetween(Query query, Function<T, Instant> installedAt) {
        Optional<Instant> after = query.compactDate("installedAfter").map(NinjaDeviceRoutes::startOf);
        Optional<Instant> before = query.compactDate("installedBefore").map(NinjaDeviceRoutes::startOf);
        return item -> {
            Instant at = installedAt.apply(item);
            return at != null && (after.isEmpty() || !at.isBefore(after.get())) && (before.isEmpty() || at.isBefore(before.get()));
        };
    }

    static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private void deviceAlerts(ServerRequest request, ServerResponse response) {
        NinjaDevice device = device(request);
        sendAll(response, fleet.alerts.stream().filter(alert -> alert.deviceId() == device.id).toList(),
                alert -> json.alert(alert, false));
    }

    private void deviceActivities(ServerRequest request, ServerResponse response) {
        NinjaDevice device = device(request);
        Query query = new Query(request.query());
        Predicate<Activity> filter = matches(query, "activityType", Activity::activityType)
                .and(matches(query, "status", Activity::statusCode))
                .and(matches(query, "seriesUid", Activity::seriesUid));
        List<Activity> page = newestFirst(device.activities, query, filter);
        ObjectNode body = Json.object().put("lastActivityId", fleet.lastActivityId());
        body.put("lastNodeActivityId", device.activities.isEmpty() ? 0 : device.activities.getLast().id());
        ArrayNode activities = body.putArray("activities");
        page.forEach(activity -> activities.add(json.activity(activity)));
        Json.send(response, body);
    }

    /** Newest first, paged with olderThan (and newerThan) activity ids; at least 10 per page. */
    private static List<Activity> newestFirst(List<Activity> ascending, Query query, Predicate<Activity> filter) {
        int pageSize = Paging.pageSize(query, 200, 10, MAX_PAGE);
        long olderThan = query.number("olderThan").orElse(Long.MAX_VALUE);
        long newerThan = query.number("newerThan").orElse(Long.MIN_VALUE);
        List<Activity> page = new ArrayList<>();
        for (int i = ascending.size() - 1; i >= 0 && page.size() < pageSize; i--) {
            Activity activity = ascending.get(i);
            if (activity.id() < olderThan && activity.id() > newerThan && filter.test(activity)) {
                page.add(activity);
            }
        }
        return page;
    }

    private void volumes(ServerRequest request, ServerResponse response) {
        boolean bitLocker = new Query(request.query()).list("include").contains("bl");
        sendAll(response, device(request).volumes, volume -> json.volume(volume, bitLocker));
    }

    private void lastUser(ServerRequest request, ServerResponse response) {
        NinjaDevice device = device(request);
        if (device.lastLoggedInUser == null || device.lastLoggedInUser.isEmpty()) {
            throw VendorError.notFound("No user has logged on to device " + device.id);
        }
        Json.send(response, json.loggedOnUser(device));
    }

    private void jobs(ServerRequest request, ServerResponse response) {
        Instant now = clock.instant();
        sendAll(response, device(request).jobs.stream().filter(job -> job.endsAt() == null || job.endsAt().isAfter(now))
                .toList(), json::job);
    }

    // ------------------------------------------------------------ fleet-wide

    private void alerts(ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        Predicate<NinjaDevice> devices = DeviceFilter.parse(query.text("df").orElse(null));
        Optional<String> sourceType = query.text("sourceType");
        sendAll(response, fleet.alerts.stream()
                .filter(alert -> sourceType.isEmpty() || sourceType.get().equalsIgnoreCase(alert.sourceType()))
                .filter(alert -> fleet.device(alert.deviceId()).filter(devices).isPresent())
                .toList(), alert -> json.alert(alert, true));
    }

    private void activities(ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        String activityClass = query.text("class").map(value -> value.toUpperCase(Locale.ROOT)).orElse("ALL");
        if (!List.of("SYSTEM", "DEVICE", "USER", "ALL").contains(activityClass)) {
            throw VendorError.badRequest("class must be one of SYSTEM, DEVICE, USER, ALL.");
        }
        Optional<Instant> after = query.compactDate("after").map(NinjaDeviceRoutes::startOf);
        Optional<Instant> before = query.compactDate("before").map(NinjaDeviceRoutes::startOf);
        Optional<Long> user = query.number("user");
        Optional<String> df = query.text("df");
        Predicate<NinjaDevice> devices = DeviceFilter.parse(df.orElse(null));
        Predicate<Activity> filter = matches(query, "type", Activity::activityType)
                .and(matches(query, "status", Activity::statusCode))
                .and(matches(query, "seriesUid", Activity::seriesUid))
                .and(activity -> activityClass.equals("ALL") || activity.activityClass().equals(activityClass))
                .and(activity -> after.isEmpty() || !activity.time().isBefore(after.get()))
                .and(activity -> before.isEmpty() || activity.time().isBefore(before.get()))
                .and(activity -> user.isEmpty() || activity.userId() == user.get())
                .and(activity -> df.isEmpty() || fleet.device(activity.deviceId()).filter(devices).isPresent());
        List<Activity> page = newestFirst(fleet.activities, query, filter);
        ObjectNode body = Json.object().put("lastActivityId", fleet.lastActivityId());
        ArrayNode activities = body.putArray("activities");
        page.forEach(activity -> activities.add(json.activity(activity)));
        Json.send(response, body);
    }

    // ----------------------------------------------------------------- writes

    private void update(ServerRequest request, ServerResponse response) {
        NinjaDevice device = device(request);
        ObjectNode body = Json.body(request);
        Integer organization = body.hasNonNull("organizationId") ? body.get("organizationId").asInt() : null;
        if (organization != null && fleet.organization(organization).isEmpty()) {
            throw VendorError.badRequest("Organization " + organization + " does not exist.");
        }
        if (body.hasNonNull("locationId")) {
            int location = body.get("locationId").asInt();
            int owner = organization != null ? organization : device.organizationId();
            if (fleet.location(location).filter(l -> l.organizationId() == owner).isEmpty()) {
                throw VendorError.badRequest("Location " + location + " does not belong to organization " + owner + ".");
            }
        }
        if (body.hasNonNull("policyId") && fleet.policy(body.get("policyId").asInt()).isEmpty()) {
            throw VendorError.badRequest("Policy " + body.get("policyId").asInt() + " does not exist.");
        }
        if (body.has("displayName")) {
            String name = body.get("displayName").asText("").trim();
            if (name.isEmpty()) {
                throw VendorError.badRequest("displayName must not be empty.");
            }
            device.displayName(name);
        }
        if (body.has("policyId")) {
            device.policy(body.get("policyId").isNull() ? null : body.get("policyId").asInt());
        }
        if (body.hasNonNull("nodeRoleId")) {
            device.role(body.get("nodeRoleId").asInt());
        }
        if (organization != null || body.hasNonNull("locationId")) {
            int newOrganization = organization != null ? organization : device.organizationId();
            int newLocation = body.hasNonNull("locationId") ? body.get("locationId").asInt()
                    : fleet.organization(newOrganization).orElseThrow().locations().getFirst().id();
            device.move(newOrganization, newLocation);
        }
        if (body.get("userData") instanceof ObjectNode userData) {
            ObjectNode merged = device.userData().deepCopy();
            merged.setAll(userData);
            device.userData(merged);
        }
        if (body.get("warranty") instanceof ObjectNode warranty) {
            device.warranty(warranty.deepCopy());
        }
        fleet.log(device, clock.instant(), "ACTION", "NODE_UPDATED", "Node Updated", "Device updated",
                device.systemName + " was updated through the API", 0);
        Json.noContent(response);
    }

    private void reboot(ServerRequest request, ServerResponse response) {
        NinjaDevice device = device(request);
        String mode = request.path().pathParameters().get("mode");
        if (!mode.equals("NORMAL") && !mode.equals("FORCED")) {
            throw VendorError.badRequest("mode must be NORMAL or FORCED.");
        }
        if (device.offline) {
            throw VendorError.badRequest("Device " + device.id + " is offline; it cannot be rebooted now.");
        }
        String reason = Json.body(request).path("reason").asText("");
        Instant now = clock.instant();
        fleet.log(device, now, "ACTION", "COMPLETED", "Completed", "Reboot",
                (mode.equals("FORCED") ? "Forced reboot" : "Reboot") + " requested through the API"
                        + (reason.isBlank() ? "" : ": " + reason), 0);
        fleet.log(device, now.plusSeconds(45), "SYSTEM", "SYSTEM_REBOOTED", "System Rebooted", "System rebooted",
                device.systemName + " restarted", 0);
        device.rebooted(now.plusSeconds(45));
        fleet.alerts.removeIf(alert -> alert.deviceId() == device.id && alert.sourceType().equals("CONDITION_PENDING_REBOOT"));
        Json.noContent(response);
    }

    private void patch(ServerRequest request, ServerResponse response) {
        NinjaDevice device = device(request);
        String kind = request.path().pathParameters().get("kind");
        String step = request.path().pathParameters().get("step");
        if (!List.of("os", "software").contains(kind) || !List.of("scan", "apply").contains(step)) {
            throw VendorError.notFound("No such endpoint");
        }
        boolean os = kind.equals("os");
        if (os && !device.nodeClass.windows) {
            throw VendorError.badRequest("Device " + device.id + " does not support OS patching.");
        }
        if (!os && !(device.nodeClass.windows || device.nodeClass == NodeClass.MAC)) {
            throw VendorError.badRequest("Device " + device.id + " does not support software patching.");
        }
        Instant now = clock.instant();
        String family = os ? "PATCH_MANAGEMENT" : "SOFTWARE_PATCH_MANAGEMENT";
        device.jobs.add(new Job(Derived.uuid(fleet.seed, "job", device.id, now.toEpochMilli(), kind, step), device.id,
                (step.equals("scan") ? "Scanning for " : "Applying ") + (os ? "OS" : "software") + " patches",
                os ? "Patch " + step : "Software patch " + step, "API", family, "IN_PROCESS", now, 0,
                now.plus(Duration.ofMinutes(2))));
        if (step.equals("scan")) {
            fleet.log(device, now, family, family + "_SCAN_COMPLETED", "Scan Completed", "Patch scan",
                    (os ? "OS" : "Software") + " patch scan finished", 0);
        } else if (os) {
            applyOsPatches(device, now);
        } else {
            applySoftwarePatches(device, now);
        }
        Json.noContent(response);
    }

    private void applyOsPatches(NinjaDevice device, Instant now) {
        for (OsPatch patch : List.copyOf(device.osPatches)) {
            if (patch.status().equals("APPROVED") || patch.status().equals("FAILED")) {
                device.osPatches.remove(patch);
                device.osInstalls.add(new OsPatch(Derived.uuid(fleet.seed, "os-install", patch.kbNumber(), now.toEpochMilli()),
                        patch.name(), patch.kbNumber(), patch.severity(), "INSTALLED", patch.type(), now));
                fleet.log(device, now, "PATCH_MANAGEMENT", "PATCH_MANAGEMENT_INSTALLED", "Patch Management Installed",
                        "Patch installed", patch.kbNumber() + " installed", 0);
                device.rebootPending();
            }
        }
    }

    private void applySoftwarePatches(NinjaDevice device, Instant now) {
        for (SoftwarePatch patch : List.copyOf(device.softwarePatches)) {
            if (patch.status().equals("PENDING")) {
                device.softwarePatches.remove(patch);
                device.softwareInstalls.add(new SoftwarePatch(patch.id(), patch.productIdentifier(), patch.title(),
                        patch.impact(), "INSTALLED", patch.type(), now));
                fleet.log(device, now, "SOFTWARE_PATCH_MANAGEMENT", "SOFTWARE_PATCH_MANAGEMENT_INSTALLED",
                        "Software Patch Installed", "Software patch", patch.title() + " installed", 0);
            }
        }
    }

    private void scheduleMaintenance(ServerRequest request, ServerResponse response) {
        NinjaDevice device = device(request);
        ObjectNode body = Json.body(request);
        JsonNode features = body.get("disabledFeatures");
        if (features == null || !features.isArray() || features.isEmpty()) {
            throw VendorError.badRequest("disabledFeatures must list at least one of ALERTS, PATCHING, AVSCANS, TASKS.");
        }
        List<String> disabled = new ArrayList<>();
        for (JsonNode feature : features) {
            if (!List.of("ALERTS", "PATCHING", "AVSCANS", "TASKS").contains(feature.asText())) {
                throw VendorError.badRequest("Unknown feature '" + feature.asText() + "'; use ALERTS, PATCHING, AVSCANS or TASKS.");
            }
            disabled.add(feature.asText());
        }
        Instant now = clock.instant();
        Instant start = body.hasNonNull("start") ? epoch(body.get("start")) : now;
        if (!body.hasNonNull("end")) {
            throw VendorError.badRequest("end is required (epoch seconds).");
        }
        Instant end = epoch(body.get("end"));
        if (!end.isAfter(start)) {
            throw VendorError.badRequest("end must be after start.");
        }
        device.maintenance(new Maintenance(start, end));
        fleet.log(device, now, "ACTION", "MAINTENANCE_MODE_CONFIGURED", "Maintenance Mode Configured", "Maintenance",
                "Maintenance scheduled for " + String.join(", ", disabled), 0);
        Json.noContent(response);
    }

    private static Instant epoch(JsonNode seconds) {
        return Instant.ofEpochMilli((long) (seconds.asDouble() * 1000));
    }

    private void cancelMaintenance(ServerRequest request, ServerResponse response) {
        NinjaDevice device = device(request);
        device.maintenance(null);
        fleet.log(device, clock.instant(), "ACTION", "MAINTENANCE_MODE_DELETED", "Maintenance Mode Deleted", "Maintenance",
                "Maintenance ended", 0);
        Json.noContent(response);
    }

    private void resetAlert(ServerRequest request, ServerResponse response) {
        String uid = request.path().pathParameters().get("uid");
        Alert alert = fleet.alerts.stream().filter(a -> a.uid().equals(uid)).findFirst()
                .orElseThrow(() -> VendorError.notFound("Alert " + uid + " not found"));
        fleet.alerts.remove(alert);
        fleet.device(alert.deviceId()).ifPresent(device -> fleet.log(device, clock.instant(), "CONDITION", "RESET", "Reset",
                alert.sourceName(), "Condition reset through the API", 0));
        Json.noContent(response);
    }
}
