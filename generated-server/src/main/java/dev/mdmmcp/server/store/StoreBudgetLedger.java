package dev.mdmmcp.server.store;

import dev.mdmmcp.server.budget.BudgetBook;
import dev.mdmmcp.server.budget.BudgetBookText;
import dev.mdmmcp.server.budget.BudgetLedger;
import dev.mdmmcp.server.budget.BudgetLedgerException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * The rate budgets of every instance on this store, one {@code rate_budget} row per tenant. A
 * change is one transaction that locks the tenant's row ({@code SELECT ... FOR UPDATE}), applies
 * the change to the book and writes it back, so instances on one PostgreSQL book their requests
 * in turn and together stay inside one budget. The same statements run on the embedded H2.
 */
public final class StoreBudgetLedger implements BudgetLedger {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;
    private final Clock clock;

    public StoreBudgetLedger(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What a change answered; {@code null} from the transaction means the tenant has no row yet. */
    private record Answer<T>(T value) {
    }

    @Override
    public <T> T change(String tenant, Function<BudgetBook, T> change) {
        try {
            Answer<T> answer = database.transaction("book the rate budget of a tenant",
                    connection -> changeLocked(connection, tenant, change));
            if (answer == null) {
                // First use of the tenant: create its row (or find that another instance just did), then book.
                createIfMissing(tenant);
                answer = database.transaction("book the rate budget of a tenant",
                        connection -> changeLocked(connection, tenant, change));
            }
            if (answer == null) {
                throw new StoreException("store: the rate budget row of a tenant vanished while it was created");
            }
            return answer.value();
        } catch (StoreException e) {
            throw new BudgetLedgerException(e.getMessage(), e);
        }
    }

    @Override
    public <T> T read(String tenant, Function<BudgetBook, T> look) {
        try {
            String text = database.read("read the rate budget of a tenant", connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT book FROM rate_budget WHERE tenant = ?")) {
                    select.setString(1, tenant);
                    try (ResultSet rows = select.executeQuery()) {
                        return rows.next() ? rows.getString(1) : null;
                    }
                }
            });
            return look.apply(text == null ? new BudgetBook() : book(text));
        } catch (StoreException e) {
            throw new BudgetLedgerException(e.getMessage(), e);
        }
    }

    private <T> Answer<T> changeLocked(Connection connection, String tenant, Function<BudgetBook, T> change)
            throws SQLException {
        String text;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT book FROM rate_budget WHERE tenant = ? FOR UPDATE")) {
            select.setString(1, tenant);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                text = rows.getString(1);
            }
        }
        BudgetBook book = book(text);
        T value = change.apply(book);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE rate_budget SET book = ?, updated_at = ? WHERE tenant = ?")) {
            update.setString(1, BudgetBookText.write(book));
            update.setObject(2, SqlTimes.toDatabase(clock.instant()));
            update.setString(3, tenant);
            update.executeUpdate();
        }
        return new Answer<>(value);
    }

    private void createIfMissing(String tenant) {
        database.read("create the rate budget of a tenant", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO rate_budget (tenant, book, updated_at) VALUES (?, ?, ?)")) {
                insert.setString(1, tenant);
                insert.setString(2, BudgetBookText.write(new BudgetBook()));
                insert.setObject(3, SqlTimes.toDatabase(clock.instant()));
                return insert.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return 0;
                }
                throw e;
            }
        });
    }

    /** Deletes the books of tenants no instance has used since {@code before}: they hold nothing that still counts. */
    public int deleteUnusedSince(Instant before) {
        return database.read("purge unused rate budgets", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rate_budget WHERE updated_at < ?")) {
                delete.setObject(1, SqlTimes.toDatabase(before));
                return delete.executeUpdate();
            }
        });
    }

    private static BudgetBook book(String text) {
        try {
            return BudgetBookText.read(text);
        } catch (IllegalArgumentException e) {
            throw new StoreException("store: the stored rate budget of a tenant cannot be read (" + e.getMessage() + ")");
        }
    }
}
