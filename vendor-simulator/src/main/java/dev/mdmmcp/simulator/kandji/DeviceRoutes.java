package dev.mdmmcp.simulator.kandji;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code /api/v1/devices}: the device list with its filters, one device's records (summary,
 * details, apps, activity, commands, parameters, library items, status), changing and deleting
 * a device, and the device actions. Actions queue MDM commands; a rename takes effect at once.
 */
final class DeviceRoutes implements HttpService {

    private static final int MAX_LIMIT = 300;

    private final KandjiFleet fleet;
    private final KandjiJson json;
    private final Clock clock;

    DeviceRoutes(KandjiFleet fleet, KandjiJson json, Clock clock) {
        this.fleet = fleet;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .get("/{device_id}", (request, response) -> Json.send(response, json.device(device(request))))
                .patch("/{device_id}", this::update)
                .delete("/{device_id}", this::delete)
                .get("/{device_id}/details", (request, response) -> Json.send(response, json.details(device(request))))
                .get("/{device_id}/apps", this::apps)
                .get("/{device_id}/activity", this::activity)
                .get("/{device_id}/commands", this::commands)
                .get("/{device_id}/parameters", this::parameters)
                .get("/{device_id}/library-items", this::libraryItems)
                .get("/{device_id}/status", this::status)
                .post("/{device_id}/action/{action}", this::action);
    }

    private Device device(ServerRequest request) {
        String id = request.path().pathParameters().get("device_id");
        return fleet.device(id).orElseThrow(() -> VendorError.notFound("Not found."));
    }

    // ------------------------------------------------------------------ reads

    private void list(ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        OffsetPage page = OffsetPage.of(query, MAX_LIMIT);
        Predicate<Device> filter = filter(query);
        List<Device> devices = new ArrayList<>(fleet.enrolled().filter(filter).toList());
        query.text("ordering").ifPresent(ordering -> devices.sort(order(ordering)));
        ArrayNode body = Json.array();
        page.slice(devices).forEach(device -> body.add(json.device(device)));
        Json.send(response, body);
    }

    private static Predicate<Device> filter(Query query) {
        Predicate<Device> filter = device -> true;
        Optional<String> platform = query.text("platform");
        if (platform.isPresent()) {
            Platform wanted = Platform.fromApiName(platform.get());
            if (wanted == null) {
                throw VendorError.badRequest("Select a valid choice. " + platform.get() + " is not one of the available choices.");
            }
            filter = filter.and(device -> device.platform == wanted);
        }
        filter = contains(filter, query, "os_version", device -> device.os.version());
        filter = contains(filter, query, "serial_number", device -> device.serial);
        filter = contains(filter, query, "device_name", device -> device.name());
        filter = contains(filter, query, "model", device -> device.model.name());
        filter = contains(filter, query, "asset_tag", Device::assetTag);
        filter = contains(filter, query, "mac_address", device -> device.macAddress);
        filter = contains(filter, query, "user_name", device -> device.user().map(DirectoryUser::name).orElse(null));
        filter = contains(filter, query, "user_email", device -> device.user().map(DirectoryUser::email).orElse(null));
        filter = contains(filter, query, "user", device -> device.user().map(DirectoryUser::email).orElse(null));
        filter = exact(filter, query, "device_id", device -> device.id);
        filter = exact(filter, query, "blueprint_id", device -> device.blueprint().id());
        filter = exact(filter, query, "user_id", device -> device.user().map(DirectoryUser::id).orElse(null));
        filter = exact(filter, query, "user_email_exact", device -> device.user().map(DirectoryUser::email).orElse(null));
        Optional<Boolean> filevault = query.bool("filevault_enabled");
        if (filevault.isPresent()) {
            filter = filter.and(device -> device.platform.isMac() && device.filevault == filevault.get());
        }
        Optional<String> tag = query.text("tag_name");
        if (tag.isPresent()) {
            filter = filter.and(device -> device.tags().contains(tag.get()));
        }
        List<String> tagsIn = query.list("tag_name_in");
        if (!tagsIn.isEmpty()) {
            filter = filter.and(device -> device.tags().stream().anyMatch(tagsIn::contains));
        }
        return filter;
    }

    private static Predicate<Device> contains(Predicate<Device> filter, Query query, String name,
            Function<Device, String> value) {
        Optional<String> wanted = query.text(name).map(KandjiFleet::lower);
        return wanted.isEmpty() ? filter : filter.and(device -> {
            String actual = value.apply(device);
            return actual != null && KandjiFleet.lower(actual).contains(wanted.get());
        });
    }

    private static Predicate<Device> exact(Predicate<Device> filter, Query query, String name,
            Function<Device, String> value) {
        Optional<String> wanted = query.text(name);
        return wanted.isEmpty() ? filter : filter.and(device -> wanted.get().equals(value.apply(device)));
    }

    private static Comparator<Device> order(String ordering) {
        boolean descending = ordering.startsWith("-");
        String key = descending ? ordering.substring(1) : ordering;
        Function<Device, String> value = switch (key) {
            case "device_name" -> Device::name;
            case "serial_number" -> device -> device.serial;
            case "os_version" -> device -> device.os.version();
            case "model" -> device -> device.model.name();
            case "platform" -> device -> device.platform.apiName();
            case "user" -> device -> device.user().map(DirectoryUser::name).orElse("");
            case "blueprint_id" -> device -> device.blueprint().id();
            case "asset_tag" -> Device::assetTag;
            case "last_check_in" -> device -> KandjiTime.iso(device.lastCheckIn);
            default -> throw VendorError.badRequest("Invalid ordering '" + ordering + "'. Keys: device_name, serial_number,"
                    + " os_version, model, platform, user, blueprint_id, asset_tag, last_check_in.");
        };
        Comparator<Device> ascending = Comparator.comparing(value);
        return descending ? ascending.reversed() : ascending;
    }

    private void apps(ServerRequest request, ServerResponse response) {
        Device device = device(request);
        ObjectNode body = Json.object().put("device_id", device.id);
        ArrayNode apps = body.putArray("apps");
        device.apps.forEach(app -> apps.add(json.app(app)));
        Json.send(response, body);
    }

    private void activity(ServerRequest request, ServerResponse response) {
        Device device = device(request);
        OffsetPage page = OffsetPage.of(new Query(request.query()), MAX_LIMIT);
        List<DeviceEvent> newestFirst = new ArrayList<>(device.events);
        newestFirst.sort(Comparator.comparing(DeviceEvent::at).thenComparing(DeviceEvent::id).reversed());
        ObjectNode body = Json.object().put("device_id", device.id);
        ObjectNode activity = page.links(body.putObject("activity"), request, newestFirst.size());
        ArrayNode results = activity.putArray("results");
        page.slice(newestFirst).forEach(event -> results.add(json.event(device, event)));
        Json.send(response, body);
    }

    private void commands(ServerRequest request, ServerResponse response) {
        Device device = device(request);
        OffsetPage page = OffsetPage.of(new Query(request.query()), MAX_LIMIT);
        List<MdmCommand> newestFirst = new ArrayList<>(device.commands);
        newestFirst.sort(Comparator.comparing(MdmCommand::requested).reversed());
        ObjectNode body = Json.object().put("device_id", device.id);
        ObjectNode commands = page.links(body.putObject("commands"), request, newestFirst.size());
        ArrayNode results = commands.putArray("results");
        page.slice(newestFirst).forEach(command -> results.add(json.command(command)));
        Json.send(response, body);
    }

    private void parameters(ServerRequest request, ServerResponse response) {
        Device device = device(request);
        ObjectNode body = Json.object().put("device_id", device.id);
        putParameters(body, device);
        Json.send(response, body);
    }

    private void libraryItems(ServerRequest request, ServerResponse response) {
        Device device = device(request);
        ObjectNode body = Json.object().put("device_id", device.id);
        putLibraryItems(body, device);
        Json.send(response, body);
    }

    private void status(ServerRequest request, ServerResponse response) {
        Device device = device(request);
        ObjectNode body = Json.object().put("device_id", device.id);
        putLibraryItems(body, device);
        putParameters(body, device);
        Json.send(response, body);
    }

    private void putLibraryItems(ObjectNode body, Device device) {
        ArrayNode items = body.putArray("library_items");
        fleet.libraryItemsOf(device).forEach(status -> items.add(json.itemStatus(device, status, true)));
    }

    /** Compliance parameters apply to Macs only; other devices have an empty list. */
    private void putParameters(ObjectNode body, Device device) {
        ArrayNode parameters = body.putArray("parameters");
        if (device.platform.isMac()) {
            fleet.parameters.forEach(parameter -> parameters.add(json.parameter(device, parameter)));
        }
    }

    // ----------------------------------------------------------------- writes

    private void update(ServerRequest request, ServerResponse response) {
        Device device = device(request);
        ObjectNode body = Json.body(request);
        Instant now = clock.instant();
        Blueprint blueprint = null;
        DirectoryUser user = null;
        if (body.hasNonNull("blueprint_id")) {
            blueprint = fleet.blueprint(body.get("blueprint_id").asText())
                    .orElseThrow(() -> VendorError.badRequest("Blueprint " + body.get("blueprint_id").asText() + " does not exist."));
        }
        if (body.hasNonNull("user")) {
            user = fleet.user(body.get("user").asText())
                    .orElseThrow(() -> VendorError.badRequest("User " + body.get("user").asText() + " does not exist."));
        }
        List<String> tags = null;
        if (body.has("tags")) {
            JsonNode given = body.get("tags");
            if (!given.isArray()) {
                throw VendorError.badRequest("tags must be a list of tag names.");
            }
            tags = new ArrayList<>();
            for (JsonNode tag : given) {
                tags.add(fleet.tagNamed(tag.asText(), now).name());
            }
        }
        ObjectNode changed = Json.object();
        if (blueprint != null && !blueprint.equals(device.blueprint())) {
            fleet.recordEvent(device, DeviceEvent.change(fleet.nextEventId(), "blueprint_changed", now, blueprint,
                    device.blueprint().name(), blueprint.name()));
            device.moveTo(blueprint);
            changed.put("blueprint_name", blueprint.name());
        }
        if (user != null) {
            device.assign(user);
            changed.put("user", user.email());
        }
        if (body.has("asset_tag")) {
            device.tagAsset(body.get("asset_tag").isNull() ? "" : body.get("asset_tag").asText());
            changed.put("asset_tag", device.assetTag());
        }
        if (tags != null) {
            device.replaceTags(tags);
            changed.set("tags", Json.strings(tags));
        }
        fleet.audit("update", device.id, "device", "", changed, now);
        Json.send(response, json.device(device));
    }

    private void delete(ServerRequest request, ServerResponse response) {
        Device device = device(request);
        device.remove();
        fleet.audit("delete", device.id, "device", "", Json.object().put("device_name", device.name())
                .put("serial_number", device.serial), clock.instant());
        Json.noContent(response);
    }

    private void action(ServerRequest request, ServerResponse response) {
        Device device = device(request);
        String action = request.path().pathParameters().get("action");
        ObjectNode body = Json.body(request);
        Instant now = clock.instant();
        switch (action) {
            case "lock" -> {
                queue(device, "DeviceLock", now);
                if (device.platform.isMac()) {
                    long pin = Math.floorMod(Derived.hash(fleet.seed, "pin", device.id, now.toEpochMilli()), 1_000_000L);
                    Json.send(response, Json.object().put("PIN", String.format("%06d", pin)));
                    return;
                }
            }
            case "restart" -> queue(device, "RestartDevice", now);
            case "shutdown" -> queue(device, "ShutDownDevice", now);
            case "updateinventory" -> queue(device, "DeviceInformation", now);
            case "blankpush" -> {
                // A push wakes the device; nothing is queued.
            }
            case "setname" -> {
                String name = body.path("DeviceName").asText("").trim();
                if (name.isEmpty()) {
                    throw VendorError.badRequest("DeviceName is required.");
                }
                queue(device, "Settings", now);
                fleet.recordEvent(device, DeviceEvent.change(fleet.nextEventId(), "name_changed", now, null, device.name(), name));
                device.rename(name);
            }
            case "erase" -> {
                String pin = body.path("PIN").asText("");
                if (!pin.isEmpty() && !pin.matches("\\d{6}")) {
                    throw VendorError.badRequest("PIN must be six digits.");
                }
                queue(device, "EraseDevice", now);
            }
            case "reinstallagent" -> {
                if (!device.platform.isMac()) {
                    throw VendorError.badRequest("This command is only available for macOS devices.");
                }
                queue(device, "InstallEnterpriseApplication", now);
            }
            case "renewmdmprofile" -> queue(device, "InstallProfile", now);
            default -> throw VendorError.notFound("Not found.");
        }
        Json.noContent(response);
    }

    private void queue(Device device, String type, Instant now) {
        device.commands.add(new MdmCommand(Derived.uuid(fleet.seed, "command", device.id, type, now.toEpochMilli(),
                device.commands.size()), type, 1, now, null, null));
    }
}
