package dev.mdmmcp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.simulator.fleet.Versions;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The audit questions of PRODUCT.md (the demo's three are among them), each as the fixed
 * sequence of tool calls a good agent would make on a read-only server, and the answer it reads
 * out of the results. Fleet-wide lists are used instead of a call per device, and pages are
 * followed to the end.
 */
final class AuditQuestions {

    /** A question, the vendor whose read-only server answers it, and its script. */
    record Question(String id, String vendor, String text, Script script) {
    }

    /** The calls of one question; returns the answer. */
    @FunctionalInterface
    interface Script {
        Object answer(ScriptedAgent agent) throws IOException, InterruptedException;
    }

    /** Q3's answer: the device, its OS patch installs of the window by status, and what it runs. */
    record PatchAnswer(int deviceId, Map<String, Integer> installsByStatus, String os) {
    }

    /** Q5's answer: the device's FileVault record and its last check-in. */
    record FileVaultAnswer(String deviceId, JsonNode fileVault, String lastCheckIn) {
    }

    static final String KANDJI = "kandji";
    static final String NINJAONE = "ninjaone";

    private AuditQuestions() {
    }

    /**
     * @param serial the Mac of the FileVault question (PRODUCT.md's C02X1234ABCD is not in the simulated fleet)
     * @param asOf the fleet's "now", for the 14-day patch window
     */
    static List<Question> all(String serial, Instant asOf) {
        return List.of(
                new Question("Q1", KANDJI, "Macs missing the latest OS update, with their users", AuditQuestions::outdatedMacs),
                new Question("Q2 (demo 1)", KANDJI, "Macs with Docker Desktop older than 4.28.0: owner and serial",
                        AuditQuestions::outdatedDocker),
                new Question("Q3 (demo 3)", NINJAONE, "DB-PROD-01: security patches in the last 14 days? what it runs",
                        agent -> patches(agent, asOf)),
                new Question("Q4 (demo 2)", NINJAONE, "servers offline now, and rebooted just before?",
                        AuditQuestions::offlineServers),
                new Question("Q5", KANDJI, "FileVault on for serial " + serial + "? last check-in",
                        agent -> fileVault(agent, serial)));
    }

    /** Serial → "email os_version" of every Mac older than the newest macOS in the fleet. */
    static Map<String, String> outdatedMacs(ScriptedAgent agent) throws IOException, InterruptedException {
        List<JsonNode> macs = agent.items("list_devices", "list devices os version assigned user",
                args("platform", "Mac", "limit", 300), List.of("serial_number", "os_version", "user.email"));
        String latest = macs.stream().map(mac -> mac.path("os_version").asText())
                .reduce((a, b) -> Versions.isOlder(a, b) ? b : a).orElse("");
        Map<String, String> outdated = new TreeMap<>();
        for (JsonNode mac : macs) {
            String version = mac.path("os_version").asText();
            if (Versions.isOlder(version, latest)) {
                outdated.put(mac.path("serial_number").asText(), mac.at("/user/email").asText("") + " " + version);
            }
        }
        return outdated;
    }

    /** Serial → "owner <email> version" of every Mac with Docker Desktop older than 4.28.0. */
    static Map<String, String> outdatedDocker(ScriptedAgent agent) throws IOException, InterruptedException {
        List<JsonNode> rows = agent.items("list_fleet_apps", "apps installed across the fleet with version",
                args("filter", "{\"bundle_id\":{\"in\":[\"com.docker.docker\"]}}", "device_families", List.of("Mac"),
                        "limit", 300),
                List.of("serial_number", "version", "device__user_name", "device__user_email"));
        Map<String, String> found = new TreeMap<>();
        for (JsonNode row : rows) {
            String version = row.path("version").asText();
            if (Versions.isOlder(version, "4.28.0")) {
                found.put(row.path("serial_number").asText(), row.path("device__user_name").asText() + " <"
                        + row.path("device__user_email").asText() + "> " + version);
            }
        }
        return found;
    }

    static PatchAnswer patches(ScriptedAgent agent, Instant asOf) throws IOException, InterruptedException {
        JsonNode found = agent.call("list_all_ninjaone_search_devices", "search device by name",
                args("q", "DB-PROD-01", "limit", 5), List.of("id", "systemName"));
        int id = found.at("/items/0/id").asInt();
        String since = LocalDate.ofInstant(asOf, ZoneOffset.UTC).minusDays(14).format(DateTimeFormatter.BASIC_ISO_DATE);
        List<JsonNode> installs = agent.items("list_all_ninjaone_device_os_patch_history",
                "os patch install history of a device", args("device_id", id, "installedAfter", since, "limit", 100),
                List.of("status"));
        Map<String, Integer> byStatus = new TreeMap<>(installs.stream().collect(Collectors.groupingBy(
                install -> install.path("status").asText(), Collectors.summingInt(install -> 1))));
        JsonNode device = agent.call("get_single_ninjaone_device_by_id", "get a device os", args("device_id", id),
                List.of("systemName", "os.name", "os.buildNumber", "os.needsReboot"));
        return new PatchAnswer(id, byStatus, device.at("/os/name").asText() + " build " + device.at("/os/buildNumber").asText());
    }

    /** Offline server name → whether a technician rebooted it within the hour before its last contact. */
    static Map<String, Boolean> offlineServers(ScriptedAgent agent) throws IOException, InterruptedException {
        List<JsonNode> servers = agent.items("list_all_ninjaone_devices", "list devices offline servers",
                args("df", "class in (WINDOWS_SERVER,LINUX_SERVER) AND offline", "limit", 1000),
                List.of("id", "systemName", "lastContact"));
        Map<String, Boolean> rebooted = new TreeMap<>();
        for (JsonNode server : servers) {
            double lastContact = server.path("lastContact").asDouble();
            List<JsonNode> actions = agent.items("list_all_ninjaone_device_activity_logs", "activity log of a device reboot",
                    args("device_id", server.path("id").asInt(), "activityType", "ACTION", "limit", 50),
                    List.of("activityTime", "message"));
            boolean justBefore = actions.stream().anyMatch(action -> action.path("message").asText().startsWith("Reboot")
                    && action.path("activityTime").asDouble() <= lastContact
                    && action.path("activityTime").asDouble() >= lastContact - 3600);
            rebooted.put(server.path("systemName").asText(), justBefore);
        }
        return rebooted;
    }

    static FileVaultAnswer fileVault(ScriptedAgent agent, String serial) throws IOException, InterruptedException {
        JsonNode found = agent.call("list_devices", "list devices os version assigned user",
                args("serial_number", serial, "limit", 1), List.of("device_id"));
        String deviceId = found.at("/items/0/device_id").asText();
        JsonNode details = agent.call("get_device_details", "device details security state filevault",
                args("device_id", deviceId), List.of("filevault", "kandji_agent.last_check_in"));
        return new FileVaultAnswer(deviceId, details.path("filevault"), details.at("/kandji_agent/last_check_in").asText());
    }

    private static Map<String, Object> args(Object... pairs) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            arguments.put((String) pairs[i], pairs[i + 1]);
        }
        return arguments;
    }
}
