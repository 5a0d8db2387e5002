package dev.mdmmcp.simulator.ninjaone;

import dev.mdmmcp.simulator.http.VendorError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * NinjaOne's device filter ({@code df}): conditions joined by {@code AND}, each {@code online},
 * {@code offline} or {@code <field> <operator> <value>} with operators {@code =}, {@code eq},
 * {@code !=}, {@code neq}, {@code in (a,b)} and {@code notin (a,b)}. Fields: {@code org},
 * {@code loc}, {@code class}, {@code role}, {@code policy}, {@code status}, {@code id}.
 */
final class DeviceFilter {

    private static final String FIELDS = "org, loc, class, role, policy, status, id";

    private DeviceFilter() {
    }

    static Predicate<NinjaDevice> parse(String df) {
        Predicate<NinjaDevice> all = device -> true;
        if (df == null || df.isBlank()) {
            return all;
        }
        for (String condition : df.trim().split("(?i)\\s+AND\\s+")) {
            all = all.and(condition(condition.trim(), df));
        }
        return all;
    }

    private static Predicate<NinjaDevice> condition(String condition, String df) {
        String lower = condition.toLowerCase(Locale.ROOT);
        if (lower.equals("online")) {
            return device -> !device.offline;
        }
        if (lower.equals("offline")) {
            return device -> device.offline;
        }
        String[] parts = condition.split("\\s+", 3);
        String[] symbolic = condition.split("\\s*(!=|=)\\s*", 2);
        String field;
        String operator;
        String value;
        if (parts.length == 3 && List.of("eq", "neq", "in", "notin").contains(parts[1].toLowerCase(Locale.ROOT))) {
            field = parts[0];
            operator = parts[1].toLowerCase(Locale.ROOT);
            value = parts[2];
        } else if (symbolic.length == 2) {
            field = symbolic[0].trim();
            operator = condition.contains("!=") ? "neq" : "eq";
            value = symbolic[1].trim();
        } else {
            throw invalid(df, "cannot read the condition '" + condition + "'");
        }
        Function<NinjaDevice, String> attribute = attribute(field.toLowerCase(Locale.ROOT), df);
        List<String> values = values(operator, value, df);
        return switch (operator) {
            case "eq", "in" -> device -> values.contains(attribute.apply(device).toUpperCase(Locale.ROOT));
            default -> device -> !values.contains(attribute.apply(device).toUpperCase(Locale.ROOT));
        };
    }

    private static Function<NinjaDevice, String> attribute(String field, String df) {
        return switch (field) {
            case "org", "organization" -> device -> String.valueOf(device.organizationId());
            case "loc", "location" -> device -> String.valueOf(device.locationId());
            case "class" -> device -> device.nodeClass.name();
            case "role" -> device -> String.valueOf(device.roleId());
            case "policy" -> device -> String.valueOf(device.effectivePolicyId());
            case "status" -> device -> "APPROVED";
            case "id" -> device -> String.valueOf(device.id);
            default -> throw invalid(df, "unknown field '" + field + "'; fields: " + FIELDS + ", online, offline");
        };
    }

    private static List<String> values(String operator, String value, String df) {
        List<String> values = new ArrayList<>();
        String text = value.trim();
        if (operator.equals("in") || operator.equals("notin")) {
            if (!text.startsWith("(") || !text.endsWith(")")) {
                throw invalid(df, "'" + operator + "' needs a list in parentheses, e.g. class in (WINDOWS_SERVER,MAC)");
            }
            text = text.substring(1, text.length() - 1);
        }
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                values.add(part.trim().toUpperCase(Locale.ROOT));
            }
        }
        if (values.isEmpty()) {
            throw invalid(df, "'" + operator + "' has no value");
        }
        return values;
    }

    private static VendorError invalid(String df, String problem) {
        return VendorError.badRequest("Invalid device filter (df) '" + df + "': " + problem + ".");
    }
}
