package dev.mdmmcp.server.budget;

/** The answer of {@link BudgetBook#reserve}: a moment to send at, or why not and until when. */
public sealed interface Reservation {

    /** The request is booked; send it at {@code sendAtMillis} (epoch milliseconds), not before. */
    record Granted(long sendAtMillis) implements Reservation {
    }

    /**
     * Nothing is booked: no moment up to the latest acceptable one was free.
     *
     * @param reason which limit stood in the way
     * @param retryAtMillis when that limit first lets a request through again (epoch milliseconds)
     */
    record Refused(Reason reason, long retryAtMillis) implements Reservation {
    }

    /** Which limit refused a request. */
    public enum Reason {
        /** This server's share of the per-second limit is booked beyond the longest wait. */
        PER_SECOND,
        /** This server's share of the per-hour limit is spent. */
        PER_HOUR,
        /** The vendor answered 429 and the account waits for the vendor's reset. */
        VENDOR_PAUSE,
        /** The vendor's own count says the tenant is down to the headroom kept for its other integrations. */
        VENDOR_HEADROOM
    }
}
