package dev.mdmmcp.server.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on one connection; inside {@link Database#transaction} it commits or rolls back as a whole. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
