package dev.mdmmcp.server.budget;

import java.util.function.Function;

/**
 * Where the {@link BudgetBook} of each tenant lives. Every instance that serves a tenant must
 * draw on the same ledger, or each would spend the whole share on its own: a server whose store is
 * named by {@code db_url} keeps its books there ({@code store.StoreBudgetLedger}), so instances on
 * one PostgreSQL share them; a process that is alone by construction (the embedded store, stdio)
 * uses {@link InProcessBudgetLedger}.
 */
public interface BudgetLedger {

    /**
     * Runs {@code change} on the tenant's book, creating an empty one on first use, with no other
     * change to that book in between (across every instance sharing the ledger), keeps the book as
     * {@code change} left it and returns its answer. {@code change} runs while the book is held
     * (in a store: its row locked), so it must be quick and touch nothing but the book.
     *
     * @param tenant the key of the tenant: vendor and base URL, see {@link AccountBudget#tenantKey}
     * @throws BudgetLedgerException when the ledger cannot be reached
     */
    <T> T change(String tenant, Function<BudgetBook, T> change);

    /**
     * Runs {@code look} on the tenant's book as last changed, without holding changes back; what
     * {@code look} does to the book is not kept. For reports such as a result's {@code _meta}.
     *
     * @throws BudgetLedgerException when the ledger cannot be reached
     */
    default <T> T read(String tenant, Function<BudgetBook, T> look) {
        return change(tenant, look);
    }
}
