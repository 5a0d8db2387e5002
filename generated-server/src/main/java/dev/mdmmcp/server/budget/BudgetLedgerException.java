package dev.mdmmcp.server.budget;

/**
 * A {@link BudgetLedger} kept outside the process cannot be reached or read. The message names
 * the operation and the cause, never a value.
 */
public final class BudgetLedgerException extends RuntimeException {

    public BudgetLedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
