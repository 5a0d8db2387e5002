package dev.mdmmcp.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Instants in and out of TIMESTAMP WITH TIME ZONE columns, the same way on H2 and PostgreSQL:
 * as UTC offset date-times, at millisecond precision so a value reads back equal.
 */
final class SqlTimes {

    private SqlTimes() {
    }

    static OffsetDateTime toDatabase(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }

    static Instant read(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    static Optional<Instant> readOptional(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }
}
