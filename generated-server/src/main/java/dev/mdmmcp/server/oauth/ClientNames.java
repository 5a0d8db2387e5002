package dev.mdmmcp.server.oauth;

/** The name of a client as pages and logs show it: its {@code client_name}, else its id. */
final class ClientNames {

    static final int MAX_LENGTH = 200;

    private ClientNames() {
    }

    static String of(String clientName, String clientId) {
        String name = clientName == null || clientName.isBlank() ? clientId : clientName.strip();
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }
}
