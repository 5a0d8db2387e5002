package dev.mdmmcp.simulator.kandji;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.simulator.fleet.Derived;
import dev.mdmmcp.simulator.fleet.Ulid;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The state of a simulated Kandji tenant: what {@link KandjiFleetGenerator} made from the seed,
 * plus what writes changed since. Per-device library item and compliance results are derived
 * from the seed when asked for instead of being stored.
 */
final class KandjiFleet {

    final long seed;
    final Instant asOf;
    final List<Blueprint> blueprints;
    final List<LibraryItem> libraryItems;
    final List<ComplianceParameter> parameters;
    final List<DirectoryUser> users;
    final CopyOnWriteArrayList<Tag> tags;
    final List<Device> devices;
    final List<Threat> threats;
    final List<BehavioralDetection> detections;
    final List<Vulnerability> vulnerabilities;
    final CopyOnWriteArrayList<AuditEvent> audit;
    final String apiTokenActor;
    private final Map<String, Device> byId = new LinkedHashMap<>();
    private final AtomicLong eventIds;

    KandjiFleet(long seed, Instant asOf, List<Blueprint> blueprints, List<LibraryItem> libraryItems,
            List<ComplianceParameter> parameters, List<DirectoryUser> users, List<Tag> tags, List<Device> devices,
            List<Threat> threats, List<BehavioralDetection> detections, List<Vulnerability> vulnerabilities,
            List<AuditEvent> audit, String apiTokenActor, long lastEventId) {
        this.seed = seed;
        this.asOf = asOf;
        this.blueprints = List.copyOf(blueprints);
        this.libraryItems = List.copyOf(libraryItems);
        this.parameters = List.copyOf(parameters);
        this.users = List.copyOf(users);
        this.tags = new CopyOnWriteArrayList<>(tags);
        this.devices = List.copyOf(devices);
        this.threats = List.copyOf(threats);
        this.detections = List.copyOf(detections);
        this.vulnerabilities = List.copyOf(vulnerabilities);
        this.audit = new CopyOnWriteArrayList<>(audit);
        this.apiTokenActor = apiTokenActor;
        this.eventIds = new AtomicLong(lastEventId);
        devices.forEach(device -> byId.put(device.id, device));
    }

    /** Devices still enrolled, in enrollment order. */
    Stream<Device> enrolled() {
        return devices.stream().filter(device -> !device.removed());
    }

    Optional<Device> device(String id) {
        Device device = byId.get(id);
        return device == null || device.removed() ? Optional.empty() : Optional.of(device);
    }

    Optional<Blueprint> blueprint(String id) {
        return blueprints.stream().filter(blueprint -> blueprint.id().equals(id)).findFirst();
    }

    Optional<DirectoryUser> user(String id) {
        return users.stream().filter(user -> user.id().equals(id)).findFirst();
    }

    Optional<LibraryItem> libraryItem(String id) {
        return libraryItems.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    long devicesOf(DirectoryUser user) {
        return enrolled().filter(device -> device.user().filter(user::equals).isPresent()).count();
    }

    long devicesIn(Blueprint blueprint) {
        return enrolled().filter(device -> device.blueprint().equals(blueprint)).count();
    }

    /** The status of a library item on a device whose blueprint has it. */
    ItemStatus status(Device device, LibraryItem item) {
        double roll = Derived.fraction(seed, "item", device.id, item.id());
        Instant reported = device.lastCheckIn.minusSeconds((long) (roll * 3600));
        long id = 20_000L + device.index * 20L + libraryItems.indexOf(item);
        if (item.isProfile()) {
            String status = roll < 0.93 ? "success" : roll < 0.97 ? "pending" : "failed";
            return new ItemStatus(id, item, status, status.equals("pending") ? null : reported, null);
        }
        if (item.app() != null) {
            Optional<InstalledApp> installed = device.app(item.app());
            if (installed.isPresent()) {
                return new ItemStatus(id, item, "PASS", reported,
                        item.name() + " " + installed.get().version() + " is installed.");
            }
            String status = roll < 0.5 ? "PENDING" : roll < 0.85 ? "ERROR" : "EXCLUDED";
            return new ItemStatus(id, item, status, status.equals("PENDING") ? null : reported,
                    status.equals("ERROR") ? "Download failed." : status.equals("EXCLUDED") ? "Excluded by assignment rule." : null);
        }
        String status = roll < 0.9 ? "PASS" : roll < 0.96 ? "REMEDIATED" : "ERROR";
        return new ItemStatus(id, item, status, reported, item.name() + (status.equals("ERROR") ? " failed its audit." : " audit passed."));
    }

    /** The result of a compliance parameter on a Mac. */
    String status(Device device, ComplianceParameter parameter) {
        if (parameter.name().contains("FileVault")) {
            return device.filevault ? "PASS" : "ERROR";
        }
        if (parameter.name().equals("Enable the firewall")) {
            return device.firewall ? "PASS" : "REMEDIATED";
        }
        if (parameter.name().contains("Gatekeeper")) {
            return device.gatekeeper ? "PASS" : "ERROR";
        }
        double roll = Derived.fraction(seed, "parameter", device.id, parameter.id());
        return roll < 0.8 ? "PASS" : roll < 0.92 ? "REMEDIATED" : roll < 0.96 ? "ERROR" : roll < 0.99 ? "WARNING" : "PENDING";
    }

    List<ItemStatus> libraryItemsOf(Device device) {
        return device.blueprint().libraryItems().stream().map(item -> status(device, item)).toList();
    }

    // ------------------------------------------------------------------ writes

    void recordEvent(Device device, DeviceEvent event) {
        device.events.add(event);
    }

    long nextEventId() {
        return eventIds.incrementAndGet();
    }

    Tag tagNamed(String name, Instant at) {
        for (Tag tag : tags) {
            if (tag.name().equals(name)) {
                return tag;
            }
        }
        Tag created = new Tag(Derived.uuid(seed, "tag", name), name);
        tags.add(created);
        ObjectNode state = dev.mdmmcp.simulator.http.Json.object().put("name", name);
        audit("create", created.id(), "tag", "", state, at);
        return created;
    }

    void audit(String action, String targetId, String targetType, String component, ObjectNode newState, Instant at) {
        long salt = Derived.hash(seed, "audit", audit.size(), targetId);
        audit.add(new AuditEvent(Ulid.of(at, salt, salt * 31), at, action, apiTokenActor, "api_token", targetId,
                targetType, component, newState));
    }

    static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
