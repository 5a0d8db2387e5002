package dev.mdmmcp.codegen.model;

import dev.mdmmcp.auth.ApiKeyHeaderAuth;
import dev.mdmmcp.auth.AuthStyle;
import dev.mdmmcp.auth.BearerTokenAuth;
import dev.mdmmcp.auth.OAuth2ClientCredentialsAuth;
import dev.mdmmcp.codegen.naming.JavaNames;
import dev.mdmmcp.codegen.problem.Problems;
import dev.mdmmcp.codegen.spec.VendorFile;
import dev.mdmmcp.codegen.spec.VendorFile.AuthSection;
import dev.mdmmcp.codegen.spec.VendorFile.PagingSection;
import dev.mdmmcp.codegen.spec.VendorFolder;
import dev.mdmmcp.http.ParameterLocation;
import dev.mdmmcp.pagination.AfterIdPagination;
import dev.mdmmcp.pagination.CursorPagination;
import dev.mdmmcp.pagination.LocalPagination;
import dev.mdmmcp.pagination.OffsetPagination;
import dev.mdmmcp.pagination.PaginationStyle;
import dev.mdmmcp.spelling.Suggestions;
import dev.mdmmcp.vendor.RateLimits;
import dev.mdmmcp.vendor.StaticHeader;
import dev.mdmmcp.vendor.Timeouts;
import dev.mdmmcp.vendor.VendorProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks {@code vendor.yaml} and builds the runtime values it describes. Timeouts default to
 * 5 s (connect) and 30 s (read); absent rate limits mean the vendor publishes none.
 */
public final class VendorDefinitionBuilder {

    static final int DEFAULT_CONNECT_SECONDS = 5;
    static final int DEFAULT_READ_SECONDS = 30;

    private static final List<String> AUTH_STYLES = List.of("bearer_token", "oauth2_client_credentials", "api_key_header");
    private static final List<String> PAGING_STYLES = List.of("offset", "after_id", "cursor", "local");
    private static final Map<String, List<String>> STYLE_PARAMETERS = Map.of(
            "offset", List.of("limit_parameter", "offset_parameter"),
            "after_id", List.of("page_size_parameter", "after_parameter", "id_field"),
            "cursor", List.of("page_size_parameter", "cursor_parameter", "next_cursor_pointer"),
            "local", List.of());

    private static final Pattern HOST_NAME =
            Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

    public Optional<VendorDefinition> build(VendorFolder folder, Problems problems) {
        VendorFile file = folder.vendorFile();
        String fileName = folder.vendorFileName();
        Problems.Reporter top = problems.in(fileName, "");
        int before = problems.size();

        if (blank(file.vendor())) {
            top.report("vendor is missing: the vendor id, equal to the folder name '" + folder.id() + "'");
        } else if (!file.vendor().equals(folder.id())) {
            top.report("vendor '" + file.vendor() + "' must equal the folder name '" + folder.id() + "'");
        }
        if (blank(file.displayName())) {
            top.report("display_name is missing: the vendor's name as people write it");
        }
        if (blank(file.baseUrl())) {
            top.report("base_url is missing: the shape of an account's base URL, e.g. https://{subdomain}.api.example.com");
        }
        hosts(file.hosts(), problems.in(fileName, "hosts"));
        AuthStyle auth = auth(file.auth(), problems.in(fileName, "auth"));
        RateLimits rateLimits = rateLimits(file.rateLimits(), problems.in(fileName, "rate_limits"));
        Timeouts timeouts = timeouts(file.timeouts(), problems.in(fileName, "timeouts"));
        Map<String, PaginationStyle> styles = new LinkedHashMap<>();
        file.pagination().forEach((name, section) -> pagingStyle(name, section,
                problems.in(fileName, "pagination." + name)).ifPresent(style -> styles.put(name, style)));

        List<StaticHeader> headers = headers(file.headers(), auth, problems.in(fileName, "headers"));

        if (problems.size() > before) {
            return Optional.empty();
        }
        VendorProfile profile = new VendorProfile(file.vendor(), file.displayName().strip(), file.baseUrl().strip(), auth,
                rateLimits, timeouts, headers, file.hosts());
        return Optional.of(new VendorDefinition(profile, styles));
    }

    /** Lower-case DNS names, optionally with {@code *.} in front for any one label; never IP addresses. */
    private static void hosts(List<String> hosts, Problems.Reporter report) {
        for (String pattern : hosts) {
            String name = pattern == null ? "" : pattern.startsWith("*.") ? pattern.substring(2) : pattern;
            if (!HOST_NAME.matcher(name).matches()) {
                report.report("'" + pattern + "' is not a host pattern: a lower-case DNS name with a dot and a letter"
                        + " in its last label (api.example.com), optionally with *. in front for any one label"
                        + " (*.api.example.com); no scheme, port, path or IP address");
            }
        }
    }

    private static AuthStyle auth(AuthSection auth, Problems.Reporter report) {
        if (auth == null) {
            report.report("missing: how requests are authenticated, style one of " + String.join(", ", AUTH_STYLES));
            return null;
        }
        if (blank(auth.style())) {
            report.report("style is missing; one of " + String.join(", ", AUTH_STYLES));
            return null;
        }
        List<String> allowed = switch (auth.style()) {
            case "bearer_token" -> List.of();
            case "oauth2_client_credentials" -> List.of("token_path", "default_scope");
            case "api_key_header" -> List.of("header");
            default -> null;
        };
        if (allowed == null) {
            report.report("unknown style '" + auth.style() + "'; valid: " + String.join(", ", AUTH_STYLES)
                    + " (closest: " + Suggestions.closest(auth.style(), AUTH_STYLES, 1).getFirst() + ")");
            return null;
        }
        Map<String, String> given = new LinkedHashMap<>();
        given.put("token_path", auth.tokenPath());
        given.put("default_scope", auth.defaultScope());
        given.put("header", auth.header());
        boolean valid = true;
        for (Map.Entry<String, String> entry : given.entrySet()) {
            if (entry.getValue() != null && !allowed.contains(entry.getKey())) {
                report.report(entry.getKey() + " does not apply to style " + auth.style()
                        + (allowed.isEmpty() ? ", which takes no settings" : "; its settings: " + String.join(", ", allowed)));
                valid = false;
            }
        }
        return switch (auth.style()) {
            case "bearer_token" -> valid ? new BearerTokenAuth() : null;
            case "oauth2_client_credentials" -> {
                if (blank(auth.tokenPath())) {
                    report.report("token_path is missing: the token endpoint relative to the base URL, e.g. /oauth/token");
                    yield null;
                }
                yield valid ? new OAuth2ClientCredentialsAuth(auth.tokenPath(), auth.defaultScope()) : null;
            }
            case "api_key_header" -> {
                if (blank(auth.header())) {
                    report.report("header is missing: the header that carries the key, e.g. X-Api-Key");
                    yield null;
                }
                yield valid ? new ApiKeyHeaderAuth(auth.header()) : null;
            }
            default -> null;
        };
    }

    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");
    private static final Pattern CREDENTIAL_FIELD = Pattern.compile("[a-z][a-z0-9_]*");

    /** {@code headers:}: each a valid header name, either a fixed value or a credential field, none twice. */
    private static List<StaticHeader> headers(List<VendorFile.HeaderSection> sections, AuthStyle auth, Problems.Reporter report) {
        List<StaticHeader> headers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> taken = new ArrayList<>(auth == null ? List.of() : auth.requiredCredentials());
        if (auth != null) {
            taken.addAll(auth.optionalCredentials());
        }
        for (int i = 0; i < sections.size(); i++) {
            VendorFile.HeaderSection section = sections.get(i);
            String where = "#" + (i + 1) + (section != null && section.name() != null ? " '" + section.name() + "'" : "") + ": ";
            if (section == null || blank(section.name()) || !HEADER_NAME.matcher(section.name()).matches()) {
                report.report(where + "name must be an HTTP header name, e.g. X-Org-Id");
                continue;
            }
            if (names.stream().anyMatch(section.name()::equalsIgnoreCase)
                    || auth instanceof ApiKeyHeaderAuth key && key.headerName().equalsIgnoreCase(section.name())
                    || section.name().equalsIgnoreCase("Authorization")) {
                report.report(where + "header " + section.name() + " is already sent (by auth or an earlier item)");
                continue;
            }
            names.add(section.name());
            if ((section.value() == null) == (section.credential() == null)) {
                report.report(where + "give either value (the same for every account) or credential (the account's"
                        + " credential field that holds it), not " + (section.value() == null ? "neither" : "both"));
            } else if (section.value() != null) {
                if (section.secret() != null) {
                    report.report(where + "secret applies to per-account values (credential) only; a fixed value is in vendor.yaml for all to read");
                } else {
                    headers.add(StaticHeader.fixed(section.name(), section.value()));
                }
            } else if (!CREDENTIAL_FIELD.matcher(section.credential()).matches()) {
                report.report(where + "credential '" + section.credential() + "' must be a snake_case field name, e.g. organization_id");
            } else if (taken.contains(section.credential())) {
                report.report(where + "credential '" + section.credential() + "' is already a credential field; pick another name");
            } else {
                taken.add(section.credential());
                headers.add(StaticHeader.perAccount(section.name(), section.credential(), section.secret() == null || section.secret()));
            }
        }
        return headers;
    }

    private static RateLimits rateLimits(VendorFile.RateLimitsSection section, Problems.Reporter report) {
        if (section == null) {
            return RateLimits.UNPUBLISHED;
        }
        int perSecond = nonNegative(section.perSecond(), "per_second", report);
        int perHour = nonNegative(section.perHour(), "per_hour", report);
        return perSecond == 0 && perHour == 0 ? RateLimits.UNPUBLISHED : new RateLimits(perSecond, perHour);
    }

    private static Timeouts timeouts(VendorFile.TimeoutsSection section, Problems.Reporter report) {
        int connect = section == null || section.connectSeconds() == null ? DEFAULT_CONNECT_SECONDS : section.connectSeconds();
        int read = section == null || section.readSeconds() == null ? DEFAULT_READ_SECONDS : section.readSeconds();
        if (connect <= 0) {
            report.report("connect_seconds must be at least 1, not " + connect);
        }
        if (read <= 0) {
            report.report("read_seconds must be at least 1, not " + read);
        }
        return new Timeouts(Duration.ofSeconds(connect), Duration.ofSeconds(read));
    }

    private static Optional<PaginationStyle> pagingStyle(String name, PagingSection section, Problems.Reporter report) {
        if (!JavaNames.isSnakeCase(name)) {
            report.report("style name '" + name + "' is not snake_case, e.g. " + JavaNames.snakeName(name));
            return Optional.empty();
        }
        if ("profile".equals(name)) {
            report.report("'profile' cannot name a paging style: the vendor class already has a PROFILE constant");
            return Optional.empty();
        }
        if (section == null) {
            report.report("is empty; give at least style, default_page_size and max_page_size");
            return Optional.empty();
        }
        if (blank(section.style())) {
            report.report("style is missing; one of " + String.join(", ", PAGING_STYLES));
            return Optional.empty();
        }
        if (!PAGING_STYLES.contains(section.style())) {
            report.report("unknown style '" + section.style() + "'; valid: " + String.join(", ", PAGING_STYLES)
                    + " (closest: " + Suggestions.closest(section.style(), PAGING_STYLES, 1).getFirst() + ")");
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        List<String> own = STYLE_PARAMETERS.get(section.style());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("limit_parameter", section.limitParameter());
        parameters.put("offset_parameter", section.offsetParameter());
        parameters.put("page_size_parameter", section.pageSizeParameter());
        parameters.put("after_parameter", section.afterParameter());
        parameters.put("id_field", section.idField());
        parameters.put("cursor_parameter", section.cursorParameter());
        parameters.put("next_cursor_pointer", section.nextCursorPointer());
        parameters.forEach((key, value) -> {
            if (value != null && !own.contains(key)) {
                problems.add(key + " does not apply to style " + section.style()
                        + (own.isEmpty() ? ", which takes no parameters" : "; its parameters: " + String.join(", ", own)));
            } else if (own.contains(key) && blank(value)) {
                problems.add(key + " is missing; style " + section.style() + " needs " + String.join(", ", own));
            }
        });
        ParameterLocation in = ParameterLocation.QUERY;
        if ("local".equals(section.style())) {
            if (section.in() != null) {
                problems.add("in does not apply to style local: the runtime slices the whole list itself");
            }
        } else if ("body".equals(section.in())) {
            in = ParameterLocation.BODY_FIELD;
        } else if (section.in() != null && !"query".equals(section.in())) {
            problems.add("in '" + section.in() + "' is not valid; use query (the default) or body");
        }
        if (section.nextCursorPointer() != null && !section.nextCursorPointer().isEmpty()
                && !section.nextCursorPointer().startsWith("/")) {
            problems.add("next_cursor_pointer '" + section.nextCursorPointer() + "' is not a JSON pointer; it starts with /, e.g. /cursor/name");
        }
        if (section.defaultPageSize() == null || section.defaultPageSize() < 1) {
            problems.add("default_page_size must be given and at least 1");
        }
        if (section.maxPageSize() == null || section.maxPageSize() < 1) {
            problems.add("max_page_size must be given and at least 1");
        }
        if (problems.isEmpty() && section.defaultPageSize() > section.maxPageSize()) {
            problems.add("default_page_size " + section.defaultPageSize() + " is larger than max_page_size " + section.maxPageSize());
        }
        if (!problems.isEmpty()) {
            problems.forEach(report::report);
            return Optional.empty();
        }
        int defaultSize = section.defaultPageSize();
        int maxSize = section.maxPageSize();
        return Optional.of(switch (section.style()) {
            case "offset" -> new OffsetPagination(name, in, section.limitParameter(), section.offsetParameter(), defaultSize, maxSize);
            case "after_id" -> new AfterIdPagination(name, in, section.pageSizeParameter(), section.afterParameter(),
                    section.idField(), defaultSize, maxSize);
            case "cursor" -> new CursorPagination(name, in, section.pageSizeParameter(), section.cursorParameter(),
                    section.nextCursorPointer(), defaultSize, maxSize);
            default -> new LocalPagination(name, defaultSize, maxSize);
        });
    }

    private static int nonNegative(Integer value, String key, Problems.Reporter report) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            report.report(key + " must be 0 (none published) or more, not " + value);
            return 0;
        }
        return value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
