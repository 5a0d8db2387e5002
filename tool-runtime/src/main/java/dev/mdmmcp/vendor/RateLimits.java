package dev.mdmmcp.vendor;

/**
 * The vendor's published request budget per tenant; zero means the vendor publishes none.
 *
 * @param perSecond requests per second, shared by every integration of the tenant
 * @param perHour requests per hour, shared likewise
 */
public record RateLimits(int perSecond, int perHour) {

    public static final RateLimits UNPUBLISHED = new RateLimits(0, 0);
}
