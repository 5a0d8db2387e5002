package dev.mdmmcp.server.catalog;

/** A generated catalog breaks a rule the runtime relies on; the message names the vendor and tool. */
public final class CatalogException extends RuntimeException {

    public CatalogException(String message) {
        super(message);
    }
}
