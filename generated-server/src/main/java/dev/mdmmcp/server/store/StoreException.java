package dev.mdmmcp.server.store;

/**
 * A store operation failed. Messages name the operation and the database's own reason (SQL
 * state and message), never values: a value may be a credential or a token hash.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
