package dev.mdmmcp.server.budget;

/**
 * How many requests this server may send to a tenant: the vendor's published limit per window,
 * times the share of it this server may use. The rest of the tenant's budget is left to its other
 * integrations. A window whose vendor limit is 0 is not limited.
 *
 * @param perSecond the tenant's limit per second, 0 for none
 * @param perHour the tenant's limit per hour, 0 for none
 * @param sharePercent the share of those limits this server may use, 1 to 100
 */
public record BudgetLimits(int perSecond, int perHour, int sharePercent) {

    public static final int DEFAULT_SHARE_PERCENT = 80;

    public BudgetLimits {
        if (perSecond < 0 || perHour < 0) {
            throw new IllegalArgumentException("limits cannot be negative");
        }
        if (sharePercent < 1 || sharePercent > 100) {
            throw new IllegalArgumentException("share must be 1 to 100 percent");
        }
    }

    /** The vendor's limit for {@code window}, 0 for none. */
    public int vendorLimit(BudgetWindow window) {
        return window == BudgetWindow.PER_SECOND ? perSecond : perHour;
    }

    public boolean limits(BudgetWindow window) {
        return vendorLimit(window) > 0;
    }

    /** Requests this server may send in {@code window}: the share, rounded down, but at least one. */
    public int allowed(BudgetWindow window) {
        int vendor = vendorLimit(window);
        return vendor == 0 ? 0 : Math.max(1, (int) ((long) vendor * sharePercent / 100));
    }

    /** What the vendor's own count must keep free for the tenant's other integrations. */
    long headroomFor(long vendorLimit) {
        return vendorLimit * (100 - sharePercent) / 100;
    }
}
