package dev.mdmmcp.server.signin;

import java.util.List;

/**
 * "My connections": the person's grants, each with a form that ends it.
 *
 * @param personEmail null when the identity provider gave none
 */
public record ConnectionsPage(String personName, String personEmail, List<Connection> connections, String csrfToken) {

    public ConnectionsPage {
        connections = List.copyOf(connections);
    }

    /** One grant: which application uses which server, with what access, since and until when. */
    public record Connection(String grantId, String clientName, String serverName, String access, String created,
            String expiry) {
    }
}
