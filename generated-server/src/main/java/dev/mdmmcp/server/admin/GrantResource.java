package dev.mdmmcp.server.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.oauth.AuthorizationGrants;
import dev.mdmmcp.server.oauth.Grant;
import dev.mdmmcp.server.store.ServerRecord;
import io.helidon.webserver.http.ServerRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The grants of OAuth servers: {@code /integrated-account/{id}/mcp/{mcpId}/grants} lists a
 * server's and revokes one of them; {@code /grants?email=...} (or {@code ?subject=...}) lists a
 * person's and {@code DELETE /grants/{grantId}} revokes any. A revoked grant's tokens are refused
 * within a second on every instance.
 */
final class GrantResource {

    static final String PATH = "/grants";

    private final AuthorizationGrants grants;
    private final Function<ServerRequest, ServerRecord> servers;
    private final ObjectMapper mapper;
    private final AdminJson json;

    /** @param servers the existing, unexpired server a request's path names (404 otherwise) */
    GrantResource(AuthorizationGrants grants, Function<ServerRequest, ServerRecord> servers, AdminJson json,
            ObjectMapper mapper) {
        this.grants = grants;
        this.servers = servers;
        this.json = json;
        this.mapper = mapper;
    }

    AdminReply ofServer(ServerRequest request) {
        return AdminReply.ok(json.items(grants.grantsOfServer(servers.apply(request).id()).stream().map(this::json).toList()));
    }

    AdminReply revokeOfServer(ServerRequest request) {
        ServerRecord server = servers.apply(request);
        String grantId = request.path().pathParameters().get("grantId");
        Optional<Grant> grant = grants.grant(grantId).filter(found -> found.serverKey().equals(server.id()));
        if (grant.isEmpty() || !grants.revoke(grantId)) {
            throw AdminProblem.notFound("no grant '" + grantId + "' of MCP server '" + server.id() + "'");
        }
        return AdminReply.noContent();
    }

    AdminReply ofPerson(ServerRequest request) {
        Optional<String> email = request.query().first("email").asOptional().map(String::strip).filter(text -> !text.isEmpty());
        Optional<String> subject = request.query().first("subject").asOptional().filter(text -> !text.isEmpty());
        if (email.isPresent() == subject.isPresent()) {
            throw AdminProblem.invalid("email", "name the person with either email=<address> or subject=<IdP subject>");
        }
        List<Grant> found = email.isPresent() ? grants.grantsOfEmail(email.get()) : grants.grantsOf(subject.get());
        return AdminReply.ok(json.items(found.stream().map(this::json).toList()));
    }

    AdminReply revoke(ServerRequest request) {
        String grantId = request.path().pathParameters().get("grantId");
        if (!grants.revoke(grantId)) {
            throw AdminProblem.notFound("no grant '" + grantId + "'");
        }
        return AdminReply.noContent();
    }

    private ObjectNode json(Grant grant) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", grant.id());
        node.put("server_id", grant.serverKey());
        node.put("server_name", grant.serverName().orElse(null));
        node.put("client_name", grant.clientName());
        node.put("client_id", grant.clientId());
        ObjectNode person = node.putObject("person");
        person.put("subject", grant.subject());
        person.put("email", grant.email().orElse(null));
        person.put("name", grant.displayName().orElse(null));
        node.put("read_only", grant.readOnly());
        node.put("created_at", grant.createdAt().toString());
        node.put("expires_at", grant.expiresAt().toString());
        return node;
    }
}
