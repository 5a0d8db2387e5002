package dev.mdmmcp.simulator.ninjaone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.simulator.http.Json;
import dev.mdmmcp.simulator.http.VendorError;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code /v2/ticketing}: the boards, running a board (a POST read, paged in its body with
 * {@code pageSize} and {@code lastCursorId}, the id of the last ticket of the previous page) and
 * one ticket.
 */
final class TicketRoutes implements HttpService {

    private static final List<String> FIELDS = List.of("id", "summary", "status", "priority", "severity", "type",
            "organization", "location", "device", "requester", "assignedAppUser", "createTime", "lastUpdated");

    private final NinjaFleet fleet;

    TicketRoutes(NinjaFleet fleet) {
        this.fleet = fleet;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/trigger/boards", this::boards)
                .post("/trigger/board/{boardId}/run", this::run)
                .get("/ticket/{ticketId}", this::ticket);
    }

    private void boards(ServerRequest request, ServerResponse response) {
        ArrayNode body = Json.array();
        for (Board board : fleet.boards) {
            ObjectNode json = body.addObject().put("id", board.id()).put("uid", board.uid()).put("name", board.name())
                    .put("description", board.description()).put("system", board.system())
                    .put("ticketCount", fleet.tickets.stream().filter(board.condition()).count());
            json.set("columns", Json.strings(board.columns()));
            json.set("createTime", Json.epochSeconds(board.created()));
            json.set("updateTime", Json.epochSeconds(board.updated()));
        }
        Json.send(response, body);
    }

    private void run(ServerRequest request, ServerResponse response) {
        String id = request.path().pathParameters().get("boardId");
        Board board = fleet.boards.stream().filter(b -> String.valueOf(b.id()).equals(id)).findFirst()
                .orElseThrow(() -> VendorError.notFound("Board " + id + " not found"));
        ObjectNode body = Json.body(request);
        int pageSize = body.path("pageSize").asInt(50);
        if (pageSize < 1) {
            throw VendorError.badRequest("pageSize must be at least 1.");
        }
        pageSize = Math.min(pageSize, 1000);
        String search = body.path("searchCriteria").asText("").trim().toLowerCase(Locale.ROOT);
        if (search.length() > 512) {
            throw VendorError.badRequest("searchCriteria must be at most 512 characters.");
        }
        Predicate<Ticket> filter = board.condition().and(filters(body.get("filters")));
        if (!search.isEmpty()) {
            filter = filter.and(ticket -> (ticket.subject() + " " + requester(ticket) + " " + organization(ticket) + " "
                    + device(ticket)).toLowerCase(Locale.ROOT).contains(search));
        }
        List<Ticket> tickets = new ArrayList<>(fleet.tickets.stream().filter(filter).toList());
        ArrayNode sortBy = sortBy(body.get("sortBy"));
        tickets.sort(order(sortBy));
        int from = 0;
        if (body.hasNonNull("lastCursorId")) {
            int last = body.get("lastCursorId").asInt();
            from = -1;
            for (int i = 0; i < tickets.size(); i++) {
                if (tickets.get(i).id() == last) {
                    from = i + 1;
                    break;
                }
            }
            if (from < 0) {
                throw VendorError.badRequest("lastCursorId " + last + " is not a ticket of this board run.");
            }
        }
        List<Ticket> page = tickets.subList(from, Math.min(tickets.size(), from + pageSize));
        Set<String> columns = new LinkedHashSet<>(board.columns());
        body.path("includeColumns").forEach(column -> columns.add(column.asText()));
        ObjectNode result = Json.object();
        ArrayNode data = result.putArray("data");
        page.forEach(ticket -> data.add(row(ticket, columns)));
        ObjectNode metadata = result.putObject("metadata");
        metadata.set("columns", Json.strings(List.of("id", "summary", "status", "priority", "organization", "requester",
                "assignedAppUser", "createTime", "lastUpdated")));
        metadata.set("sortBy", sortBy);
        metadata.set("filters", body.has("filters") ? body.get("filters") : Json.array());
        metadata.set("allColumns", Json.strings(FIELDS));
        if (!page.isEmpty()) {
            metadata.put("lastCursorId", page.getLast().id());
        }
        Json.send(response, result);
    }

    private Predicate<Ticket> filters(JsonNode filters) {
        Predicate<Ticket> all = ticket -> true;
        if (filters == null || filters.isNull()) {
            return all;
        }
        if (!filters.isArray()) {
            throw VendorError.badRequest("filters must be a list of {field, operator, value}.");
        }
        for (JsonNode filter : filters) {
            String field = filter.path("field").asText("");
            String operator = filter.path("operator").asText("eq").toLowerCase(Locale.ROOT);
            String value = filter.path("value").asText("").toLowerCase(Locale.ROOT);
            if (!FIELDS.contains(field)) {
                throw VendorError.badRequest("Unknown filter field '" + field + "'; fields: " + String.join(", ", FIELDS) + ".");
            }
            Function<Ticket, String> actual = ticket -> text(ticket, field).toLowerCase(Locale.ROOT);
            List<String> values = List.of(value.split("\\s*,\\s*"));
            Predicate<Ticket> condition = switch (operator) {
                case "eq", "equals" -> ticket -> actual.apply(ticket).equals(value);
                case "neq", "not_equals" -> ticket -> !actual.apply(ticket).equals(value);
                case "contains", "like" -> ticket -> actual.apply(ticket).contains(value);
                case "in" -> ticket -> values.contains(actual.apply(ticket));
                case "not_in" -> ticket -> !values.contains(actual.apply(ticket));
                default -> throw VendorError.badRequest("Unknown filter operator '" + operator
                        + "'; use eq, neq, contains, in or not_in.");
            };
            all = all.and(condition);
        }
        return all;
    }

    private static ArrayNode sortBy(JsonNode sortBy) {
        if (sortBy != null && sortBy.isArray() && !sortBy.isEmpty()) {
            return (ArrayNode) sortBy;
        }
        ArrayNode order = Json.array();
        order.addObject().put("field", "lastUpdated").put("direction", "DESC");
        return order;
    }

    private Comparator<Ticket> order(ArrayNode sortBy) {
        Comparator<Ticket> order = null;
        for (JsonNode sort : sortBy) {
            String field = sort.path("field").asText("lastUpdated");
            Comparator<Ticket> one = switch (field) {
                case "id" -> Comparator.comparingInt(Ticket::id);
                case "createTime" -> Comparator.comparing(Ticket::created);
                case "lastUpdated" -> Comparator.comparing(Ticket::lastUpdated);
                default -> {
                    if (!FIELDS.contains(field)) {
                        throw VendorError.badRequest("Unknown sortBy field '" + field + "'.");
                    }
                    yield Comparator.comparing(ticket -> text(ticket, field));
                }
            };
            if (sort.path("direction").asText("ASC").equalsIgnoreCase("DESC")) {
                one = one.reversed();
            }
            order = order == null ? one : order.thenComparing(one);
        }
        Comparator<Ticket> base = order == null ? Comparator.comparing(Ticket::lastUpdated).reversed() : order;
        return base.thenComparing(Comparator.comparingInt(Ticket::id).reversed());
    }

    private ObjectNode row(Ticket ticket, Set<String> columns) {
        ObjectNode row = Json.object();
        row.put("id", ticket.id());
        row.put("summary", ticket.subject());
        putStatus(row, ticket.status());
        row.put("priority", ticket.priority());
        row.put("severity", ticket.severity());
        row.put("type", ticket.type());
        row.put("organization", organization(ticket));
        if (columns.contains("location")) {
            row.put("location", fleet.location(ticket.locationId()).map(Location::name).orElse(null));
        }
        if (columns.contains("device") && ticket.deviceId() != 0) {
            row.put("device", device(ticket));
        }
        row.put("requester", requester(ticket));
        if (ticket.assigneeId() != 0) {
            row.put("assignedAppUser", assignee(ticket));
        }
        row.set("createTime", Json.epochSeconds(ticket.created()));
        row.set("lastUpdated", Json.epochSeconds(ticket.lastUpdated()));
        row.put("totalTimeTracked", ticket.timeTracked());
        return row;
    }

    /** A ticket's status as both the board rows and the ticket itself show it. */
    private static void putStatus(ObjectNode json, TicketStatus status) {
        json.putObject("status").put("statusId", status.statusId()).put("name", status.name())
                .put("displayName", status.displayName());
    }

    private String text(Ticket ticket, String field) {
        return switch (field) {
            case "id" -> String.valueOf(ticket.id());
            case "summary" -> ticket.subject();
            case "status" -> ticket.status().name();
            case "priority" -> ticket.priority();
            case "severity" -> ticket.severity();
            case "type" -> ticket.type();
            case "organization" -> organization(ticket);
            case "location" -> fleet.location(ticket.locationId()).map(Location::name).orElse("");
            case "device" -> device(ticket);
            case "requester" -> requester(ticket);
            case "assignedAppUser" -> assignee(ticket);
            case "createTime" -> String.valueOf(ticket.created().getEpochSecond());
            default -> String.valueOf(ticket.lastUpdated().getEpochSecond());
        };
    }

    private String organization(Ticket ticket) {
        return fleet.organization(ticket.organizationId()).map(Organization::name).orElse("");
    }

    private String device(Ticket ticket) {
        return fleet.device(ticket.deviceId()).map(NinjaDevice::displayName).orElse("");
    }

    private String requester(Ticket ticket) {
        return fleet.userByUid(ticket.requesterUid()).map(NinjaUser::name).orElse("");
    }

    private String assignee(Ticket ticket) {
        return fleet.user(ticket.assigneeId()).map(NinjaUser::name).orElse("");
    }

    private void ticket(ServerRequest request, ServerResponse response) {
        String id = request.path().pathParameters().get("ticketId");
        Ticket ticket = fleet.tickets.stream().filter(t -> String.valueOf(t.id()).equals(id)).findFirst()
                .orElseThrow(() -> VendorError.notFound("Ticket " + id + " not found"));
        ObjectNode json = Json.object();
        json.put("id", ticket.id());
        json.put("version", 1 + ticket.timeTracked() % 5);
        json.put("clientId", ticket.organizationId());
        json.put("locationId", ticket.locationId());
        if (ticket.assigneeId() != 0) {
            json.put("assignedAppUserId", ticket.assigneeId());
        }
        json.put("requesterUid", ticket.requesterUid());
        json.put("subject", ticket.subject());
        putStatus(json, ticket.status());
        json.put("type", ticket.type());
        json.put("priority", ticket.priority());
        json.put("severity", ticket.severity());
        json.put("ticketFormId", 1);
        json.put("source", ticket.source());
        if (ticket.deviceId() != 0) {
            json.put("nodeId", ticket.deviceId());
        }
        json.set("tags", Json.strings(ticket.tags()));
        json.set("createTime", Json.epochSeconds(ticket.created()));
        json.put("deleted", false);
        json.putArray("additionalAssignedTechnicianIds");
        Json.send(response, json);
    }
}
