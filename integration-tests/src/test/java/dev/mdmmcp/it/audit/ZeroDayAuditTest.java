package dev.mdmmcp.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.it.support.SimulatedTenants;
import dev.mdmmcp.simulator.SimulatorSettings;
import dev.mdmmcp.simulator.VendorSimulator;
import dev.mdmmcp.simulator.fleet.Versions;
import dev.mdmmcp.simulator.kandji.KandjiPlanted;
import dev.mdmmcp.simulator.kandji.KandjiSimulator;
import dev.mdmmcp.simulator.ninjaone.NinjaOneSimulator;
import dev.mdmmcp.simulator.ninjaone.NinjaPlanted;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The product's zero-day audit, played the way a model would play it through the real MCP
 * client against 5,000-device tenants: fleet-wide inventory instead of a call per device,
 * pages followed with {@code next_cursor}, versions compared as numbers. The answer must be
 * exactly what the seed planted, the Kandji tenant budget (enforced) must never answer 429,
 * and the run prints the number of upstream calls and the wall time.
 */
class ZeroDayAuditTest {

    private static final int DEVICES = 5_000;
    private static final Instant AS_OF = Instant.now().truncatedTo(ChronoUnit.HOURS);
    private static SimulatedTenants tenants;

    @BeforeAll
    static void start() {
        SimulatorSettings settings = SimulatorSettings.defaults().withDevices(DEVICES).withAsOf(AS_OF);
        Map<String, SimulatorSettings> tenantSettings = new LinkedHashMap<>();
        tenantSettings.put(KandjiSimulator.VENDOR, settings);
        tenantSettings.put(NinjaOneSimulator.VENDOR, settings);
        tenants = SimulatedTenants.start(tenantSettings);
    }

    @AfterAll
    static void stop() {
        tenants.close();
    }

    @Test
    void everyMacWithDockerDesktopOlderThan4_28_0IsFoundWithOwnerAndSerialWithoutA429() {
        VendorSimulator kandji = tenants.simulator(KandjiSimulator.VENDOR);
        McpSyncClient client = tenants.client(KandjiSimulator.VENDOR);
        long callsBefore = kandji.traffic().requests();
        long started = System.nanoTime();

        Map<String, String> found = new TreeMap<>();
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("filter", "{\"bundle_id\":{\"in\":[\"com.docker.docker\"]}}");
        arguments.put("device_families", List.of("Mac"));
        arguments.put("limit", 300);
        int pages = eachPage(client, "list_fleet_apps", arguments, row -> {
            if (Versions.isOlder(String.valueOf(row.get("version")), "4.28.0")) {
                found.put(String.valueOf(row.get("serial_number")), row.get("device__user_name") + " <"
                        + row.get("device__user_email") + "> " + row.get("version"));
            }
        });

        long calls = kandji.traffic().requests() - callsBefore;
        report("Kandji: Macs with Docker Desktop older than 4.28.0", found.size(), pages, calls, kandji, started);
        Map<String, String> planted = new TreeMap<>();
        for (KandjiPlanted.OutdatedApp app : ((KandjiSimulator) kandji).planted().outdatedDocker()) {
            planted.put(app.serialNumber(), (app.ownerName().isEmpty() ? "null" : app.ownerName()) + " <"
                    + (app.ownerEmail().isEmpty() ? "null" : app.ownerEmail()) + "> " + app.version());
        }
        assertThat(planted).hasSizeGreaterThan(100);
        assertThat(found).isEqualTo(planted);
        assertThat(kandji.traffic().throttled()).as("upstream 429s").isZero();
        assertThat(calls).as("upstream calls: one per page, none per device").isEqualTo(pages);
    }

    @Test
    void everyDeviceWithAFailedOsPatchInstallInTheLast14DaysIsFoundByName() {
        VendorSimulator ninjaOne = tenants.simulator(NinjaOneSimulator.VENDOR);
        McpSyncClient client = tenants.client(NinjaOneSimulator.VENDOR);
        long callsBefore = ninjaOne.traffic().requests();
        long started = System.nanoTime();

        String since = LocalDate.ofInstant(AS_OF, ZoneOffset.UTC).minusDays(14).format(DateTimeFormatter.BASIC_ISO_DATE);
        Set<Integer> failed = new TreeSet<>();
        Map<String, Object> history = new LinkedHashMap<>();
        history.put("status", "FAILED");
        history.put("installedAfter", since);
        history.put("limit", 1000);
        int pages = eachPage(client, "list_all_ninjaone_os_patch_history", history,
                row -> failed.add(((Number) row.get("deviceId")).intValue()));
        Map<Integer, String> names = new TreeMap<>();
        String ids = failed.stream().map(String::valueOf).collect(Collectors.joining(","));
        pages += eachPage(client, "list_all_ninjaone_devices", new LinkedHashMap<>(Map.of("df", "id in (" + ids + ")",
                "limit", 1000)), row -> names.put(((Number) row.get("id")).intValue(), String.valueOf(row.get("systemName"))));

        long calls = ninjaOne.traffic().requests() - callsBefore;
        report("NinjaOne: devices with failed OS patch installs since " + since, names.size(), pages, calls, ninjaOne,
                started);
        Map<Integer, String> planted = new TreeMap<>();
        for (NinjaPlanted.PlantedDevice device : ((NinjaOneSimulator) ninjaOne).planted().failedOsPatchInstalls()) {
            planted.put(device.id(), device.systemName());
        }
        assertThat(planted).hasSizeGreaterThan(100).containsEntry(101, "DB-PROD-01");
        assertThat(names).isEqualTo(planted);
        assertThat(ninjaOne.traffic().throttled()).as("upstream 429s").isZero();
    }

    /** Calls a list tool and every following page; returns the number of pages. */
    @SuppressWarnings("unchecked")
    private static int eachPage(McpSyncClient client, String tool, Map<String, Object> arguments,
            Consumer<Map<String, Object>> row) {
        Map<String, Object> call = new LinkedHashMap<>(arguments);
        int pages = 0;
        while (true) {
            McpSchema.CallToolResult result = client.callTool(McpSchema.CallToolRequest.builder(tool).arguments(call).build());
            assertThat(result.isError()).as("%s failed: %s", tool, result.content()).isNotEqualTo(Boolean.TRUE);
            pages++;
            Map<String, Object> structured = (Map<String, Object>) result.structuredContent();
            ((List<Map<String, Object>>) structured.get("items")).forEach(row);
            Object next = structured.get("next_cursor");
            if (next == null) {
                return pages;
            }
            call.put("next_cursor", next);
        }
    }

    private static void report(String question, int answers, int toolCalls, long upstreamCalls, VendorSimulator upstream,
            long startedNanos) {
        Duration wall = Duration.ofNanos(System.nanoTime() - startedNanos);
        System.out.printf("zero-day audit | %s: %d found | %d tool calls | %d upstream calls | %d upstream 429s | %d ms%n",
                question, answers, toolCalls, upstreamCalls, upstream.traffic().throttled(), wall.toMillis());
    }
}
