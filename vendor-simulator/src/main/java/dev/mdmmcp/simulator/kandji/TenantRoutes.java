package dev.mdmmcp.simulator.kandji;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.simulator.http.Json;
import dev.mdmmcp.simulator.http.Query;
import dev.mdmmcp.simulator.http.VendorError;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Everything under {@code /api/v1} that is not a device or the fleet inventory: blueprints,
 * library item statuses, directory users, tags, EDR threats and behavioural detections, CVEs,
 * the audit log and licensing.
 */
final class TenantRoutes implements HttpService {

    private static final int USERS_PER_PAGE = 300;

    private final KandjiFleet fleet;
    private final KandjiJson json;
    private final Clock clock;

    TenantRoutes(KandjiFleet fleet, KandjiJson json, Clock clock) {
        this.fleet = fleet;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/blueprints", this::blueprints)
                .get("/blueprints/{blueprint_id}", (request, response) -> Json.send(response, json.blueprint(blueprint(request))))
                .get("/blueprints/{blueprint_id}/list-library-items", this::blueprintItems)
                .get("/library/library-items/{library_item_id}/status", this::itemStatuses)
                .get("/users", this::users)
                .get("/users/{user_id}", this::user)
                .get("/tags", this::tags)
                .get("/threat-details", this::threats)
                .get("/behavioral-detections", this::detections)
                .get("/vulnerability-management/vulnerabilities/{cve_id}", this::vulnerability)
                .get("/audit/events", this::audit)
                .get("/settings/licensing", this::licensing);
    }

    // -------------------------------------------------------------- blueprints

    private Blueprint blueprint(ServerRequest request) {
        return fleet.blueprint(request.path().pathParameters().get("blueprint_id"))
                .orElseThrow(() -> VendorError.notFound("Not found."));
    }

    private void blueprints(ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        OffsetPage page = OffsetPage.of(query, 300);
        Optional<String> id = query.text("id");
        List<String> ids = query.list("id__in");
        Optional<String> name = query.text("name").map(KandjiFleet::lower);
        List<Blueprint> matching = fleet.blueprints.stream()
                .filter(blueprint -> id.isEmpty() || id.get().equals(blueprint.id()))
                .filter(blueprint -> ids.isEmpty() || ids.contains(blueprint.id()))
                .filter(blueprint -> name.isEmpty() || KandjiFleet.lower(blueprint.name()).contains(name.get()))
                .toList();
        ObjectNode body = page.links(Json.object(), request, matching.size());
        ArrayNode results = body.putArray("results");
        page.slice(matching).forEach(blueprint -> results.add(json.blueprint(blueprint)));
        Json.send(response, body);
    }

    private void blueprintItems(ServerRequest request, ServerResponse response) {
        Blueprint blueprint = blueprint(request);
        ObjectNode body = Json.object().put("count", blueprint.libraryItems().size());
        body.putNull("next");
        body.putNull("previous");
        ArrayNode results = body.putArray("results");
        blueprint.libraryItems().forEach(item -> results.addObject().put("id", item.id()).put("name", item.name()));
        Json.send(response, body);
    }

    private void itemStatuses(ServerRequest request, ServerResponse response) {
        LibraryItem item = fleet.libraryItem(request.path().pathParameters().get("library_item_id"))
                .orElseThrow(() -> VendorError.notFound("Not found."));
        Query query = new Query(request.query());
        OffsetPage page = OffsetPage.of(query, 300);
        Optional<String> computer = query.text("computer_id");
        List<Device> devices = fleet.enrolled()
                .filter(device -> device.blueprint().libraryItems().contains(item))
                .filter(device -> computer.isEmpty() || computer.get().equals(device.id))
                .toList();
        ObjectNode body = page.links(Json.object(), request, devices.size());
        ArrayNode results = body.putArray("results");
        page.slice(devices).forEach(device -> results.add(json.itemStatus(device, fleet.status(device, item), false)));
        Json.send(response, body);
    }

    // ------------------------------------------------------------------- users

    private void users(ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        Optional<String> email = query.text("email").map(KandjiFleet::lower);
        Optional<String> id = query.text("id");
        Optional<Boolean> archived = query.bool("archived");
        Optional<String> integration = query.text("integration_id");
        List<DirectoryUser> matching = fleet.users.stream()
                .filter(user -> email.isEmpty() || KandjiFleet.lower(user.email()).contains(email.get()))
                .filter(user -> id.isEmpty() || id.get().equals(user.id()))
                .filter(user -> archived.isEmpty() || archived.get() == user.archived())
                .filter(user -> integration.isEmpty() || integration.get().equals("812"))
                .toList();
        int offset = query.text("cursor").map(TenantRoutes::offsetIn).orElse(0);
        int end = Math.min(matching.size(), offset + USERS_PER_PAGE);
        ObjectNode body = Json.object();
        body.put("next", end < matching.size() ? OffsetPage.url(request, Map.of("cursor", cursor(end))) : null);
        Map<String, Object> previous = new LinkedHashMap<>();
        previous.put("cursor", offset - USERS_PER_PAGE <= 0 ? null : cursor(offset - USERS_PER_PAGE));
        body.put("previous", offset == 0 ? null : OffsetPage.url(request, previous));
        ArrayNode results = body.putArray("results");
        matching.subList(Math.min(offset, matching.size()), end).forEach(user -> results.add(json.user(user)));
        Json.send(response, body);
    }

    private static String cursor(int offset) {
        return opaqueCursor("o=", String.valueOf(offset));
    }

    private static int offsetIn(String cursor) {
        return cursorValue(cursor, "o=", offset -> Math.max(0, Integer.parseInt(offset)));
    }

    private void user(ServerRequest request, ServerResponse response) {
        DirectoryUser user = fleet.user(request.path().pathParameters().get("user_id"))
                .orElseThrow(() -> VendorError.notFound("Not found."));
        Json.send(response, json.user(user));
    }

    private void tags(ServerRequest request, ServerResponse response) {
        Optional<String> search = new Query(request.query()).text("search").map(KandjiFleet::lower);
        List<Tag> matching = fleet.tags.stream()
                .filter(tag -> search.isEmpty() || KandjiFleet.lower(tag.name()).contains(search.get()))
                .toList();
        ObjectNode body = Json.object().put("count", matching.size());
        body.putNull("next");
        body.putNull("previous");
        ArrayNode results = body.putArray("results");
        matching.forEach(tag -> results.addObject().put("id", tag.id()).put("name", tag.name()));
        Json.send(response, body);
    }

    // ---------------------------------------------------------------- security

    private void threats(ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        OffsetPage page = OffsetPage.of(query, 1000);
        Predicate<Threat> filter = threat -> true;
        Optional<String> classification = query.text("classification").map(value -> value.toUpperCase(Locale.ROOT));
        if (classification.isPresent()) {
            filter = filter.and(threat -> threat.classification().equals(classification.get()));
        }
        Optional<String> status = query.text("status").map(value -> value.toUpperCase(Locale.ROOT));
        if (status.isPresent()) {
            filter = filter.and(threat -> threat.status().equals(status.get()));
        }
        Optional<Instant> since = since(query);
        if (since.isPresent()) {
            filter = filter.and(threat -> !threat.detected().isBefore(since.get()));
        }
        Optional<String> device = query.text("device_id");
        if (device.isPresent()) {
            filter = filter.and(threat -> threat.device().id.equals(device.get()));
        }
        Optional<String> term = query.text("term").map(KandjiFleet::lower);
        if (term.isPresent()) {
            filter = filter.and(threat -> KandjiFleet.lower(threat.name() + " " + threat.filePath() + " "
                    + threat.device().name()).contains(term.get()));
        }
        List<Threat> matching = new ArrayList<>(fleet.threats.stream().filter(filter).toList());
        if (query.text("sort_by").filter(sort -> sort.equals("detection_date")).isPresent()) {
            matching.sort(Comparator.comparing(Threat::detected));
        }
        ObjectNode body = page.links(Json.object(), request, matching.size());
        body.put("malware_count", matching.stream().filter(threat -> threat.classification().equals("MALWARE")).count());
        body.put("pup_count", matching.stream().filter(threat -> threat.classification().equals("PUP")).count());
        ArrayNode results = body.putArray("results");
        page.slice(matching).forEach(threat -> results.add(json.threat(threat)));
        Json.send(response, body);
    }

    private void detections(ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        OffsetPage page = OffsetPage.of(query, 1000);
        Predicate<BehavioralDetection> filter = detection -> true;
        filter = equalsIgnoringCase(filter, query, "threat_id", BehavioralDetection::threatId);
        filter = equalsIgnoringCase(filter, query, "classification", BehavioralDetection::classification);
        filter = equalsIgnoringCase(filter, query, "status", BehavioralDetection::status);
        filter = equalsIgnoringCase(filter, query, "parent_process_name", BehavioralDetection::parentProcess);
        filter = equalsIgnoringCase(filter, query, "target_process_name", BehavioralDetection::targetProcess);
        Optional<String> device = query.text("device_id");
        if (device.isPresent()) {
            filter = filter.and(detection -> detection.device().id.equals(device.get()));
        }
        Optional<Instant> since = since(query);
        if (since.isPresent()) {
            filter = filter.and(detection -> !detection.detected().isBefore(since.get()));
        }
        List<String> tags = query.list("informational_tags");
        if (!tags.isEmpty()) {
            filter = filter.and(detection -> detection.tags().stream().anyMatch(tags::contains));
        }
        if (query.text("malware_family").isPresent()) {
            filter = detection -> false;
        }
        Optional<String> term = query.text("term").map(KandjiFleet::lower);
        if (term.isPresent()) {
            filter = filter.and(detection -> KandjiFleet.lower(detection.description() + " " + detection.targetCommand()
                    + " " + detection.device().name()).contains(term.get()));
        }
        List<BehavioralDetection> matching = fleet.detections.stream().filter(filter).toList();
        ObjectNode body = Json.object();
        body.put("total_count", matching.size());
        body.put("malicious_count", matching.stream().filter(d -> d.classification().equals("malicious")).count());
        body.put("suspicious_count", matching.stream().filter(d -> d.classification().equals("suspicious")).count());
        page.links(body, request, matching.size()).remove("count");
        ArrayNode results = body.putArray("results");
        page.slice(matching).forEach(detection -> results.add(json.detection(detection)));
        Json.send(response, body);
    }

    private static <T> Predicate<T> equalsIgnoringCase(Predicate<T> filter, Query query, String name,
            java.util.function.Function<T, String> value) {
        Optional<String> wanted = query.text(name);
        return wanted.isEmpty() ? filter : filter.and(item -> wanted.get().equalsIgnoreCase(value.apply(item)));
    }

    /** {@code date_range}: the number of days back from now. */
    private Optional<Instant> since(Query query) {
        return query.number("date_range").map(days -> clock.instant().minus(Duration.ofDays(days)));
    }

    private void vulnerability(ServerRequest request, ServerResponse response) {
        String cve = request.path().pathParameters().get("cve_id");
        Vulnerability vulnerability = fleet.vulnerabilities.stream().filter(v -> v.cveId().equalsIgnoreCase(cve))
                .findFirst().orElseThrow(() -> VendorError.notFound("Not found."));
        Json.send(response, json.vulnerability(vulnerability));
    }

    // ------------------------------------------------------------ audit, licence

    private void audit(ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        int limit = query.integer("limit", 500);
        if (limit < 1) {
            throw VendorError.badRequest("limit must be a positive integer.");
        }
        limit = Math.min(limit, 500);
        String sortBy = query.text("sort_by").orElse("-occurred_at");
        Comparator<AuditEvent> order = switch (sortBy) {
            case "occurred_at" -> Comparator.comparing(AuditEvent::occurredAt).thenComparing(AuditEvent::id);
            case "-occurred_at" -> Comparator.comparing(AuditEvent::occurredAt).thenComparing(AuditEvent::id).reversed();
            case "id" -> Comparator.comparing(AuditEvent::id);
            case "-id" -> Comparator.comparing(AuditEvent::id).reversed();
            default -> throw VendorError.badRequest("sort_by must be one of occurred_at, -occurred_at, id, -id.");
        };
        Optional<Instant> start = query.isoDate("start_date").map(date -> date.atStartOfDay(ZoneOffset.UTC).toInstant());
        Optional<Instant> end = query.isoDate("end_date").map(date -> date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        List<AuditEvent> matching = new ArrayList<>(fleet.audit.stream()
                .filter(event -> start.isEmpty() || !event.occurredAt().isBefore(start.get()))
                .filter(event -> end.isEmpty() || event.occurredAt().isBefore(end.get()))
                .toList());
        matching.sort(order);
        int from = 0;
        Optional<String> cursor = query.text("cursor");
        if (cursor.isPresent()) {
            String after = afterId(cursor.get());
            int position = -1;
            for (int i = 0; i < matching.size(); i++) {
                if (matching.get(i).id().equals(after)) {
                    position = i;
                    break;
                }
            }
            if (position < 0) {
                throw VendorError.badRequest("Invalid cursor.");
            }
            from = position + 1;
        }
        int to = Math.min(matching.size(), from + limit);
        List<AuditEvent> page = matching.subList(from, to);
        ObjectNode body = Json.object();
        Map<String, Object> next = new LinkedHashMap<>();
        next.put("cursor", page.isEmpty() ? null : cursorAfter(page.getLast().id()));
        body.put("next", to < matching.size() ? OffsetPage.url(request, next) : null);
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("cursor", null);
        body.put("previous", from == 0 ? null : OffsetPage.url(request, first));
        ArrayNode results = body.putArray("results");
        page.forEach(event -> results.add(json.auditEvent(event)));
        Json.send(response, body);
    }

    private static String cursorAfter(String id) {
        return opaqueCursor("evt-", id);
    }

    private static String afterId(String cursor) {
        return cursorValue(cursor, "evt-", Function.identity());
    }

    /** Kandji's cursors are opaque: here, base64url of a prefix naming what follows, and a value. */
    private static String opaqueCursor(String prefix, String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((prefix + value).getBytes(StandardCharsets.UTF_8));
    }

    /** The value of a cursor written with {@code prefix}; a cursor that is not one is a 400. */
    private static <T> T cursorValue(String cursor, String prefix, Function<String, T> parse) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(prefix)) {
                return parse.apply(text.substring(prefix.length()));
            }
        } catch (IllegalArgumentException e) {
            // not base64, or not a number: falls through to the error below
        }
        throw VendorError.badRequest("Invalid cursor.");
    }

    private void licensing(ServerRequest request, ServerResponse response) {
        List<Device> devices = fleet.enrolled().toList();
        long total = devices.size();
        ObjectNode body = Json.object();
        body.putObject("counts")
                .put("computers_count", total)
                .put("macos_count", devices.stream().filter(d -> d.platform == Platform.MAC).count())
                .put("ios_count", devices.stream().filter(d -> d.platform == Platform.IPHONE).count())
                .put("ipados_count", devices.stream().filter(d -> d.platform == Platform.IPAD).count())
                .put("tvos_count", devices.stream().filter(d -> d.platform == Platform.APPLE_TV).count());
        ObjectNode limits = body.putObject("limits").put("plan_type", "single_limit")
                .put("max_devices", (long) Math.ceil(total * 1.25 / 100.0) * 100);
        limits.putObject("max_devices_per_platform").put("macos", 0).put("ios_ipados", 0);
        body.put("tenantOverLicenseLimit", false);
        Json.send(response, body);
    }
}
