package dev.mdmmcp.codegen.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code specs/<vendor>/vendor.yaml} as written; checked by
 * {@link dev.mdmmcp.codegen.model.VendorDefinitionBuilder}.
 *
 * @param hosts the host patterns of account base URLs ({@code *.api.example.com}); may be absent
 * @param pagination the named paging styles, in file order
 * @param documents per document of the API description (file name), how to read it
 * @param headers static headers sent with every request, fixed or per account
 */
public record VendorFile(
        String vendor,
        String displayName,
        String baseUrl,
        List<String> hosts,
        AuthSection auth,
        RateLimitsSection rateLimits,
        TimeoutsSection timeouts,
        Map<String, PagingSection> pagination,
        Map<String, DocumentSection> documents,
        List<HeaderSection> headers) {

    public VendorFile {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        pagination = pagination == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(pagination));
        documents = documents == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(documents));
        headers = headers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(headers));
    }

    /** {@code documents: <file>:}; {@code base_path} prefixes every path of the document, e.g. {@code /v2}. */
    public record DocumentSection(String basePath) {
    }

    /**
     * {@code headers:} item: a header sent with every request, its value either {@code value}
     * (the same for every account) or the account's credential field {@code credential};
     * {@code secret} (default true) says whether that value may be shown.
     */
    public record HeaderSection(String name, String value, String credential, Boolean secret) {
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
