package dev.mdmmcp.server.budget;

import java.util.function.Function;

/**
 * Where the {@link BudgetBook} of each tenant lives. Every instance that serves a tenant must
 * draw on the same ledger, or each would spend the whole share on its own: one process uses
 * {@link InProcessBudgetLedger}; instances behind a load balancer need a ledger in their shared
 * store, which runs {@code change} inside a transaction that holds the tenant's row locked
 * ({@code SELECT ... FOR UPDATE}) and writes the book back before committing.
 */
public interface BudgetLedger {

    /**
     * Runs {@code change} on the tenant's book, creating an empty one on first use, with no other
     * change to that book in between (across every instance sharing the ledger), and returns
     * its answer.
     *
     * @param tenant the key of the tenant: vendor and base URL, see {@link AccountBudget#tenantKey}
     */
    <T> T change(String tenant, Function<BudgetBook, T> change);
}
