package dev.mdmmcp.simulator.ninjaone;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.mdmmcp.simulator.http.Json;
import dev.mdmmcp.simulator.http.Query;
import dev.mdmmcp.simulator.http.VendorError;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** {@code /v2} account records: organizations, locations, policies, device groups and users. */
final class NinjaAccountRoutes implements HttpService {

    private final NinjaFleet fleet;
    private final NinjaJson json;

    NinjaAccountRoutes(NinjaFleet fleet, NinjaJson json) {
        this.fleet = fleet;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/organizations", this::organizations)
                .get("/organization/{id}", this::organization)
                .get("/locations", this::locations)
                .get("/policies", (request, response) -> {
                    ArrayNode body = Json.array();
                    fleet.policies.forEach(policy -> body.add(json.policy(policy)));
                    Json.send(response, body);
                })
                .get("/groups", this::groups)
                .get("/group/{id}/device-ids", this::groupDevices)
                .get("/users", this::users)
                .get("/user/end-users", (request, response) -> {
                    ArrayNode body = Json.array();
                    fleet.users.stream().filter(user -> !user.technician()).forEach(user -> body.add(json.endUser(user)));
                    Json.send(response, body);
                })
                .get("/user/technicians", (request, response) -> {
                    ArrayNode body = Json.array();
                    fleet.users.stream().filter(NinjaUser::technician).forEach(user -> body.add(json.technician(user)));
                    Json.send(response, body);
                });
    }

    private void organizations(ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        int pageSize = Paging.pageSize(query, Integer.MAX_VALUE, 1, 1000);
        long after = query.number("after").orElse(0L);
        ArrayNode body = Json.array();
        fleet.organizations.stream().filter(organization -> organization.id() > after).limit(pageSize)
                .forEach(organization -> body.add(json.organization(organization)));
        Json.send(response, body);
    }

    private void organization(ServerRequest request, ServerResponse response) {
        Json.send(response, json.organizationDetailed(fleet.organization(id(request, "Organization"))
                .orElseThrow(() -> VendorError.notFound("Organization not found"))));
    }

    private void locations(ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        int pageSize = Paging.pageSize(query, Integer.MAX_VALUE, 1, 1000);
        long after = query.number("after").orElse(0L);
        ArrayNode body = Json.array();
        fleet.organizations.stream().flatMap(organization -> organization.locations().stream())
                .filter(location -> location.id() > after).limit(pageSize)
                .forEach(location -> body.add(json.location(location, true)));
        Json.send(response, body);
    }

    private void groups(ServerRequest request, ServerResponse response) {
        ArrayNode body = Json.array();
        for (Group group : fleet.groups) {
            body.add(json.group(group, members(group).size()));
        }
        Json.send(response, body);
    }

    private void groupDevices(ServerRequest request, ServerResponse response) {
        int id = id(request, "Group");
        Group group = fleet.groups.stream().filter(g -> g.id() == id).findFirst()
                .orElseThrow(() -> VendorError.notFound("Group " + id + " not found"));
        ArrayNode body = Json.array();
        members(group).forEach(device -> body.add(device.id));
        Json.send(response, body);
    }

    private List<NinjaDevice> members(Group group) {
        Predicate<NinjaDevice> filter = DeviceFilter.parse(group.deviceFilter());
        return fleet.devices.stream().filter(filter).toList();
    }

    private void users(ServerRequest request, ServerResponse response) {
        Query query = new Query(request.query());
        Optional<String> type = query.text("userType").map(value -> value.toUpperCase(Locale.ROOT));
        if (type.isPresent() && !List.of("TECHNICIAN", "END_USER").contains(type.get())) {
            throw VendorError.badRequest("userType must be TECHNICIAN or END_USER.");
        }
        boolean roles = query.bool("includeRoles").orElse(false);
        ArrayNode body = Json.array();
        fleet.users.stream()
                .filter(user -> type.isEmpty() || type.get().equals(user.technician() ? "TECHNICIAN" : "END_USER"))
                .forEach(user -> body.add(json.user(user, roles)));
        Json.send(response, body);
    }

    private static int id(ServerRequest request, String what) {
        String id = request.path().pathParameters().get("id");
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            throw VendorError.notFound(what + " " + id + " not found");
        }
    }
}
