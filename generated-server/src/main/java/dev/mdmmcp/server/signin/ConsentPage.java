package dev.mdmmcp.server.signin;

import java.util.List;

/**
 * What the consent page shows: the application (with the host it returns to), the MCP server,
 * its vendor and account, what it allows and until when, and the form's hidden values.
 *
 * @param personEmail null when the identity provider gave none
 */
public record ConsentPage(String clientName, String redirectHost, String serverName, String vendor, String accountName,
        boolean allowsWrite, List<String> tags, String expiry, String personName, String personEmail, String requestId,
        String csrfToken) {

    public ConsentPage {
        tags = List.copyOf(tags);
    }
}
