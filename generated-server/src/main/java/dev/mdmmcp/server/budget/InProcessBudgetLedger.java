package dev.mdmmcp.server.budget;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The ledger of a single process: one book per tenant, in memory, changed under the book's lock. */
public final class InProcessBudgetLedger implements BudgetLedger {

    private final Map<String, BudgetBook> books = new ConcurrentHashMap<>();

    @Override
    public <T> T change(String tenant, Function<BudgetBook, T> change) {
        BudgetBook book = books.computeIfAbsent(tenant, key -> new BudgetBook());
        synchronized (book) {
            return change.apply(book);
        }
    }
}
