package dev.mdmmcp.server.budget;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant's budget as one account sees it, for a result's {@code _meta}:
 * <pre>
 * "budget": {
 *   "per_second": {"limit": 40, "remaining": 38, "reset": 1},
 *   "per_hour": {"limit": 8000, "remaining": 7415, "reset": 3412},
 *   "vendor": {"remaining": 0, "reset": 27}
 * }
 * </pre>
 * {@code reset} is in seconds: when the oldest request counted in the window leaves it, that is,
 * when {@code remaining} grows again. {@code vendor} is present while the vendor's own count (its
 * rate-limit headers or a 429) caps the account.
 *
 * @param windows the state of each limited window, in window order
 * @param vendor the vendor's cap, or {@code null} when none applies
 */
public record BudgetState(Map<BudgetWindow, WindowState> windows, WindowState vendor) {

    public static final String META_KEY = "budget";
    public static final BudgetState NONE = new BudgetState(Map.of(), null);

    /**
     * @param limit requests allowed in the window ({@code null} for the vendor's cap)
     * @param remaining requests still allowed
     * @param resetSeconds seconds until more are allowed
     */
    public record WindowState(Integer limit, long remaining, long resetSeconds) {

        Map<String, Object> toMeta() {
            Map<String, Object> meta = new LinkedHashMap<>();
            if (limit != null) {
                meta.put("limit", limit);
            }
            meta.put("remaining", remaining);
            meta.put("reset", resetSeconds);
            return meta;
        }
    }

    public boolean isEmpty() {
        return windows.isEmpty() && vendor == null;
    }

    /** {@code {"budget": {...}}}, or empty when nothing is limited. */
    public Map<String, Object> toMeta() {
        if (isEmpty()) {
            return Map.of();
        }
        Map<String, Object> budget = new LinkedHashMap<>();
        windows.forEach((window, state) -> budget.put(window.key(), state.toMeta()));
        if (vendor != null) {
            budget.put("vendor", vendor.toMeta());
        }
        return Map.of(META_KEY, budget);
    }
}
