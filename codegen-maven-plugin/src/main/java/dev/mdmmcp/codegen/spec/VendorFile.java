package dev.mdmmcp.codegen.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code specs/<vendor>/vendor.yaml} as written; checked by
 * {@link dev.mdmmcp.codegen.model.VendorDefinitionBuilder}.
 *
 * @param hosts the host patterns of account base URLs ({@code *.api.example.com}); may be absent
 * @param pagination the named paging styles, in file order
 */
public record VendorFile(
        String vendor,
        String displayName,
        String baseUrl,
        List<String> hosts,
        AuthSection auth,
        RateLimitsSection rateLimits,
        TimeoutsSection timeouts,
        Map<String, PagingSection> pagination) {

    public VendorFile {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        pagination = pagination == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(pagination));
    }

    /** {@code auth:}; which keys apply depends on {@code style}. */
    public record AuthSection(String style, String tokenPath, String defaultScope, String header) {
    }

    /** {@code rate_limits:}; absent or 0 means the vendor publishes none. */
    public record RateLimitsSection(Integer perSecond, Integer perHour) {
    }

    /** {@code timeouts:} in seconds. */
    public record TimeoutsSection(Integer connectSeconds, Integer readSeconds) {
    }

    /** One named paging style; which parameter keys apply depends on {@code style}. */
    public record PagingSection(
            String style,
            String in,
            String limitParameter,
            String offsetParameter,
            String pageSizeParameter,
            String afterParameter,
            String idField,
            String cursorParameter,
            String nextCursorPointer,
            Integer defaultPageSize,
            Integer maxPageSize) {
    }
}
