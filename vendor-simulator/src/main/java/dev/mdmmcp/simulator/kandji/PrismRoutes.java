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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The fleet inventory, {@code /api/v1/prism/*}: one row per device (or per app, per local
 * account) across the tenant, filtered by {@code blueprint_ids}, {@code device_families} and
 * {@code filter}, sorted by {@code sort_by}, paged by limit (at most 300) and offset.
 */
final class PrismRoutes implements HttpService {

    private static final int MAX_LIMIT = 300;
    private static final Set<String> FAMILIES = Set.of("Mac", "iPhone", "iPad", "tvOS");
    private static final List<String> COUNT_CATEGORIES = List.of("activation_lock", "application_firewall", "apps",
            "cellular", "certificates", "desktop_and_screensaver", "device_information", "filevault",
            "gatekeeper_and_xprotect", "installed_profiles", "kernel_extensions", "launch_agents_and_daemons",
            "local_users", "startup_settings", "system_extensions", "transparency_database");

    private final KandjiFleet fleet;

    PrismRoutes(KandjiFleet fleet) {
        this.fleet = fleet;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/count", this::count);
        for (PrismCategory category : PrismCategory.ALL) {
            rules.get("/" + category.name, (request, response) -> list(category, request, response));
        }
    }

    private void list(PrismCategory category, ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        OffsetPage page = OffsetPage.of(query, MAX_LIMIT);
        List<PrismRow> rows = rows(category, query);
        ObjectNode body = Json.object();
        body.putNull("cursor");
        body.put("limit", page.limit);
        body.put("offset", page.offset);
        body.put("total", rows.size());
        ArrayNode data = body.putArray("data");
        for (PrismRow row : page.slice(rows)) {
            data.add(render(category, row));
        }
        Json.send(response, body);
    }

    private List<PrismRow> rows(PrismCategory category, Query query) {
        List<String> blueprints = query.list("blueprint_ids");
        List<String> families = query.list("device_families");
        for (String family : families) {
            if (!FAMILIES.contains(family)) {
                throw VendorError.badRequest("Unknown device family '" + family + "'. Families: Mac, iPhone, iPad, tvOS.");
            }
        }
        List<Device> devices = fleet.enrolled()
                .filter(device -> blueprints.isEmpty() || blueprints.contains(device.blueprint().id()))
                .filter(device -> families.isEmpty() || families.contains(device.platform.family()))
                .toList();
        Predicate<PrismRow> filter = query.text("filter").map(text -> PrismFilter.parse(text, category)).orElse(row -> true);
        List<PrismRow> rows = new ArrayList<>(category.rows(devices).stream().filter(filter).toList());
        query.text("sort_by").ifPresent(sort -> rows.sort(order(category, sort)));
        return rows;
    }

    private static Comparator<PrismRow> order(PrismCategory category, String sortBy) {
        boolean descending = sortBy.startsWith("-");
        String name = descending ? sortBy.substring(1) : sortBy;
        Function<PrismRow, Object> column = category.columns.get(name);
        if (column == null) {
            throw VendorError.badRequest("Unknown sort_by column '" + name + "' for " + category.name + ". Columns: "
                    + String.join(", ", category.columns.keySet()) + ".");
        }
        Comparator<PrismRow> ascending = Comparator.comparing(row -> column.apply(row),
                Comparator.nullsLast(PrismRoutes::compareValues));
        return descending ? ascending.reversed() : ascending;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a instanceof Comparable comparable && a.getClass() == b.getClass()) {
            return comparable.compareTo(b);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    private static ObjectNode render(PrismCategory category, PrismRow row) {
        ObjectNode json = Json.object();
        for (Map.Entry<String, Function<PrismRow, Object>> column : category.columns.entrySet()) {
            Object value = column.getValue().apply(row);
            switch (value) {
                case null -> json.putNull(column.getKey());
                case Boolean flag -> json.put(column.getKey(), flag);
                case Integer number -> json.put(column.getKey(), number);
                case Long number -> json.put(column.getKey(), number);
                case Double number -> json.put(column.getKey(), number);
                default -> json.put(column.getKey(), String.valueOf(value));
            }
        }
        return json;
    }

    private void count(ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        String name = query.text("category").orElseThrow(() -> VendorError.badRequest("category is required."));
        if (!COUNT_CATEGORIES.contains(name)) {
            throw VendorError.badRequest("Unknown category '" + name + "'. Categories: " + String.join(", ", COUNT_CATEGORIES) + ".");
        }
        PrismCategory category = PrismCategory.named(name);
        List<Device> devices = fleet.enrolled().toList();
        // Categories the simulator does not model hold about one row per Mac.
        long count = category != null ? category.rows(devices).size()
                : devices.stream().filter(device -> device.platform.isMac()).count();
        Json.send(response, Json.object().put("count", count).put("approximate", category == null));
    }
}
