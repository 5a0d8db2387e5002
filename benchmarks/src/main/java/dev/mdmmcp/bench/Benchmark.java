package dev.mdmmcp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.simulator.SimulatorSettings;
import dev.mdmmcp.simulator.VendorSimulator;
import dev.mdmmcp.simulator.http.Traffic;
import dev.mdmmcp.simulator.samples.ToolSamples;
import dev.mdmmcp.pagination.LocalPagination;
import dev.mdmmcp.tool.MethodClass;
import dev.mdmmcp.tool.ToolCatalog;
import dev.mdmmcp.tool.VendorTool;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The benchmark: one run, one table. The simulators run in this JVM; the server runs as its own
 * process, started with {@code bin/mdm-mcp serve}. Run it with {@code bin/mdm-mcp-bench}.
 *
 * <ol>
 *   <li>code generation (both vendors; every operation of the reference specs),</li>
 *   <li>{@code tools/call} latency through the server next to the same upstream request made
 *       directly, 2,000 interleaved sequential calls of each after warm-up,</li>
 *   <li>throughput with 16 concurrent clients on their own connections for 10 s, MCP and direct,</li>
 *   <li>server memory after 1,000 and 10,000 calls and at the end, peak memory, and the time from
 *       process start to the first successful {@code tools/list},</li>
 *   <li>{@code tools/list} sizes of each vendor with all tools and read-only,</li>
 *   <li>for every list tool, the curated result next to the raw upstream payload,</li>
 *   <li>what each audit question of PRODUCT.md costs a model, in both tool modes, without and with
 *       {@code fields} ({@link QuestionCosts}).</li>
 * </ol>
 */
public final class Benchmark {

    private static final String LATENCY_TOOL = "get_device";
    /** Calls of each kind before latency is measured, so both sides run JIT-compiled code. */
    private static final int WARM_UP = 5_000;

    private final Path root;
    private final Path reference;
    private final int devices;
    private final int calls;
    private final int clients;
    private final Duration loadTime;
    private final Set<Integer> groups;
    private final Table table = new Table();
    private final AtomicLong mcpCalls = new AtomicLong();
    private final Map<Long, ServerProcess.Memory> memoryAtCalls = new LinkedHashMap<>();
    private ServerProcess server;

    private Benchmark(Path root, Path reference, int devices, int calls, int clients, Duration loadTime, Set<Integer> groups) {
        this.root = root;
        this.reference = reference;
        this.devices = devices;
        this.calls = calls;
        this.clients = clients;
        this.loadTime = loadTime;
        this.groups = groups;
    }

    public static void main(String[] args) throws Exception {
        // The simulators' web servers log at INFO; the table is the output.
        Logger rootLogger = Logger.getLogger("");
        rootLogger.setLevel(Level.WARNING);
        for (Handler handler : rootLogger.getHandlers()) {
            handler.setLevel(Level.WARNING);
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path root = Path.of(options.getOrDefault("--root", ".")).toAbsolutePath().normalize();
        Path reference = Path.of(options.getOrDefault("--reference", root.resolve("../shared/reference/vendor-specs").toString()));
        new Benchmark(root, reference.normalize(), Integer.parseInt(options.getOrDefault("--devices", "500")),
                Integer.parseInt(options.getOrDefault("--calls", "2000")),
                Integer.parseInt(options.getOrDefault("--clients", "16")),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("--seconds", "10"))),
                Arrays.stream(options.getOrDefault("--groups", "1,2,3,4,5,6,7").split(",")).map(String::strip)
                        .map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new))).run();
    }

    private void run() throws Exception {
        Path work = Files.createTempDirectory("mdm-mcp-bench-");
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        System.out.println("mdm-mcp benchmark, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, load average " + loadBefore + ", Java " + System.getProperty("java.version"));
        if (groups.contains(1)) {
            System.out.println("group 1 (code generation)...");
            new CodegenTiming(work).run(root.resolve("specs"), reference, table);
        }

        SimulatorSettings settings = SimulatorSettings.defaults().withDevices(devices)
                // Measuring the server, not the tenant budget: 50 requests/s would cap every figure below.
                .withRateLimits(false);
        try (VendorSimulator kandji = VendorSimulator.start("kandji", settings);
                VendorSimulator ninjaOne = VendorSimulator.start("ninjaone", settings)) {
            Map<String, String> tokens = new LinkedHashMap<>();
            for (String name : List.of("kandji-all", "kandji-read", "kandji-discovery", "ninjaone-all", "ninjaone-read",
                    "ninjaone-discovery")) {
                tokens.put(name, ("bench-" + name + "-token-0123456789abcdefghijklmnop"));
            }
            int port = freePort();
            Path config = work.resolve("mdm-mcp.yaml");
            Files.writeString(config, config(port, List.of(kandji, ninjaOne), tokens));
            Path log = work.resolve("server.log");
            System.out.println("group 4 (start)... server log: " + log);
            URI base = URI.create("http://127.0.0.1:" + port + "/mcp/");
            // The launcher keeps a cache of loaded classes that the first start writes when it exits:
            // time a first start without one, then a regular start with it.
            try (var caches = Files.newDirectoryStream(root.resolve("generated-server/target"), "mdm-mcp-server-serve-*")) {
                for (Path cache : caches) {
                    Files.delete(cache);
                }
            }
            Duration firstStart = null;
            if (groups.contains(4)) {
                try (ServerProcess first = ServerProcess.start(root, config, log)) {
                    firstStart = first.untilFirstToolsList(base.resolve(tokens.get("kandji-all")), Duration.ofSeconds(60));
                }
            }
            server = ServerProcess.start(root, config, log);
            try {
                Duration start = server.untilFirstToolsList(base.resolve(tokens.get("kandji-all")), Duration.ofSeconds(60));
                String deviceId = kandji.sampleArguments().get("device_id").toString();
                if (groups.contains(2)) {
                    System.out.println("group 2 (latency)...");
                    latency(base.resolve(tokens.get("kandji-all")), kandji, deviceId);
                }
                if (groups.contains(3)) {
                    System.out.println("group 3 (throughput)...");
                    throughput(base.resolve(tokens.get("kandji-all")), kandji, deviceId);
                }
                if (groups.contains(4)) {
                    table.add("4 memory, start", "first start (no class cache yet) to first successful tools/list",
                            String.format("%,d ms", firstStart.toMillis()));
                    memory(start, server.memory());
                }
                if (groups.contains(5)) {
                    System.out.println("group 5 (tools/list)...");
                    toolsList(base, tokens);
                }
                if (groups.contains(6)) {
                    System.out.println("group 6 (curated vs raw)...");
                    curated(base.resolve(tokens.get("kandji-all")), kandji);
                    curated(base.resolve(tokens.get("ninjaone-all")), ninjaOne);
                }
                if (groups.contains(7)) {
                    System.out.println("group 7 (question cost)...");
                    questionCosts(base, tokens, kandji, ninjaOne, settings);
                }
            } finally {
                server.close();
            }
        }
        CodegenTiming.delete(work);
        System.out.println();
        table.print(System.out);
        System.out.println();
        System.out.println("load average before " + loadBefore + ", after " + Files.readString(Path.of("/proc/loadavg")).trim()
                + "; simulators in the benchmark JVM (Kandji rate limit off), server: bin/mdm-mcp serve (JVM options: "
                + System.getenv().getOrDefault("MDM_MCP_JAVA_OPTS", "the launcher's default") + ")");
    }

    // ------------------------------------------------------- 7 question cost

    private void questionCosts(URI base, Map<String, String> tokens, VendorSimulator kandji, VendorSimulator ninjaOne,
            SimulatorSettings settings) throws Exception {
        Map<String, QuestionCosts.Servers> servers = Map.of(
                "kandji", new QuestionCosts.Servers(base.resolve(tokens.get("kandji-read")),
                        base.resolve(tokens.get("kandji-discovery")), kandji),
                "ninjaone", new QuestionCosts.Servers(base.resolve(tokens.get("ninjaone-read")),
                        base.resolve(tokens.get("ninjaone-discovery")), ninjaOne));
        QuestionCosts.report(QuestionCosts.measure(AuditQuestions.all(QuestionCosts.sampleSerial(kandji),
                settings.resolvedAsOf()), servers), table);
    }

    // ------------------------------------------------------------ 2 latency

    private void latency(URI mcpUrl, VendorSimulator kandji, String deviceId) throws Exception {
        McpHttp mcp = new McpHttp(mcpUrl);
        HttpClient direct = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest directRequest = directRequest(kandji, deviceId);
        Map<String, Object> arguments = Map.of("device_id", deviceId);
        McpHttp.result(mcp.callTool(LATENCY_TOOL, arguments), LATENCY_TOOL);
        for (int i = 0; i < WARM_UP; i++) {
            send(direct, directRequest);
            mcpCall(mcp, arguments);
        }
        long[] directNanos = new long[calls];
        long[] mcpNanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long started = System.nanoTime();
            send(direct, directRequest);
            directNanos[i] = System.nanoTime() - started;
            started = System.nanoTime();
            mcpCall(mcp, arguments);
            mcpNanos[i] = System.nanoTime() - started;
        }
        Percentiles directTimes = Percentiles.of(directNanos);
        Percentiles mcpTimes = Percentiles.of(mcpNanos);
        String group = "2 latency";
        String what = String.format(" (%,d sequential %s, interleaved, after %,d warm-up)", calls, LATENCY_TOOL, WARM_UP);
        table.add(group, "direct to simulator p50 / p99" + what, String.format("%.3f / %.3f ms",
                directTimes.millis(50), directTimes.millis(99)));
        table.add(group, "through MCP p50 / p99", String.format("%.3f / %.3f ms", mcpTimes.millis(50), mcpTimes.millis(99)));
        double addedP50 = mcpTimes.millis(50) - directTimes.millis(50);
        double addedP99 = mcpTimes.millis(99) - directTimes.millis(99);
        table.add(group, "added p50", String.format("%.3f ms", addedP50), "<= 0.5 ms", addedP50 <= 0.5);
        table.add(group, "added p99", String.format("%.3f ms", addedP99), "<= 3 ms", addedP99 <= 3);
        table.add(group, "ratio MCP / direct p50", String.format("%.2f", mcpTimes.millis(50) / directTimes.millis(50)));
    }

    private void mcpCall(McpHttp mcp, Map<String, Object> arguments) throws Exception {
        byte[] reply = mcp.callTool(LATENCY_TOOL, arguments);
        if (reply.length < 100) {
            McpHttp.result(reply, LATENCY_TOOL);
        }
        long count = mcpCalls.incrementAndGet();
        if (count == 1_000 || count == 10_000) {
            memoryAtCalls.put(count, server.memory());
        }
    }

    private static HttpRequest directRequest(VendorSimulator kandji, String deviceId) {
        return HttpRequest.newBuilder(URI.create(kandji.baseUrl() + "/api/v1/devices/" + deviceId))
                .header("Authorization", "Bearer " + kandji.credentials().get("api_token"))
                .header("Accept", "application/json").GET().build();
    }

    private static void send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("the simulator answered HTTP " + response.statusCode());
        }
    }

    // ---------------------------------------------------------- 3 throughput

    private void throughput(URI mcpUrl, VendorSimulator kandji, String deviceId) throws Exception {
        Map<String, Object> arguments = Map.of("device_id", deviceId);
        HttpRequest directRequest = directRequest(kandji, deviceId);
        long ownCpu = ownCpuNanos();
        Load directLoad = load(() -> {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            return () -> send(client, directRequest);
        });
        double directCpu = (ownCpuNanos() - ownCpu) / (double) directLoad.calls();
        ownCpu = ownCpuNanos();
        long serverCpu = server.cpuNanos();
        Load mcpLoad = load(() -> {
            McpHttp client = new McpHttp(mcpUrl);
            return () -> mcpCall(client, arguments);
        });
        double mcpOwnCpu = (ownCpuNanos() - ownCpu) / (double) mcpLoad.calls();
        double mcpServerCpu = (server.cpuNanos() - serverCpu) / (double) mcpLoad.calls();
        double direct = directLoad.rate();
        double mcp = mcpLoad.rate();
        String group = "3 throughput";
        String what = " (" + clients + " clients, own connections, " + loadTime.toSeconds() + " s)";
        table.add(group, "direct to simulator" + what, String.format("%,.0f calls/s", direct));
        table.add(group, "through MCP", String.format("%,.0f calls/s", mcp));
        table.add(group, "ratio MCP / direct", String.format("%.0f%%", 100 * mcp / direct), ">= 50%", mcp / direct >= 0.5);
        table.add(group, "CPU per direct call: client + simulator", String.format("%.0f µs", directCpu / 1000));
        table.add(group, "CPU per MCP call: client + simulator / server", String.format("%.0f / %.0f µs",
                mcpOwnCpu / 1000, mcpServerCpu / 1000));
    }

    /** A client's loop body, made once per client thread. */
    private interface Call {
        void run() throws Exception;
    }

    /** Calls completed in a load run and how long it took. */
    private record Load(long calls, double seconds) {
        double rate() {
            return calls / seconds;
        }
    }

    /** Runs {@code clients} threads, each with its own client, for the load time. */
    private Load load(Callable<Call> newClient) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (int i = 0; i < clients; i++) {
            Call call = newClient.call();
            call.run();
            Thread thread = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    long until = window[1];
                    while (System.nanoTime() < until) {
                        call.run();
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + loadTime.toNanos();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Load(done.get(), (System.nanoTime() - window[0]) / 1e9);
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    // -------------------------------------------------------------- 4 memory

    private void memory(Duration start, ServerProcess.Memory after) {
        String group = "4 memory, start";
        table.add(group, "start (with the class cache) to first successful tools/list", String.format("%,d ms", start.toMillis()),
                "<= 2,000 ms", start.toMillis() <= 2000);
        memoryAtCalls.forEach((count, memory) ->
                table.add(group, String.format("RSS after %,d calls", count), String.format("%.0f MiB", memory.rssMiB())));
        table.add(group, String.format("RSS after the load (%,d calls)", mcpCalls.get()), String.format("%.0f MiB", after.rssMiB()));
        table.add(group, "peak RSS (VmHWM)", String.format("%.0f MiB", after.peakMiB()), "<= 256 MiB", after.peakMiB() <= 256);
    }

    // ------------------------------------------------------------ 5 tools/list

    private void toolsList(URI base, Map<String, String> tokens) throws Exception {
        for (Map.Entry<String, String> server : tokens.entrySet()) {
            byte[] reply = new McpHttp(base.resolve(server.getValue())).request("tools/list", null);
            int tools = McpHttp.toolCount(reply);
            table.add("5 tools/list", server.getKey().replace("-all", ", all tools").replace("-read", ", read-only")
                    .replace("-discovery", ", read-only, discovery mode")
                    + " (" + tools + " tools)", String.format("%,d bytes, ~%,d tokens", reply.length, reply.length / 4));
        }
    }

    // ------------------------------------------------------- 6 curated vs raw

    private void curated(URI mcpUrl, VendorSimulator simulator) throws Exception {
        ToolCatalog catalog = ServiceLoader.load(ToolCatalog.class).stream().map(ServiceLoader.Provider::get)
                .filter(c -> c.vendor().id().equals(simulator.vendor())).findFirst().orElseThrow();
        Map<String, Map<String, Object>> samples = ToolSamples.of(root.resolve("specs"), simulator);
        McpHttp mcp = new McpHttp(mcpUrl);
        int met = 0;
        int lists = 0;
        long allRaw = 0;
        long allCurated = 0;
        List<Double> ratios = new ArrayList<>();
        for (VendorTool<?> tool : catalog.tools()) {
            if (tool.descriptor().method() != MethodClass.LIST) {
                continue;
            }
            String name = tool.descriptor().name();
            Map<String, Object> arguments = new LinkedHashMap<>(samples.get(name));
            arguments.put("limit", 50);
            Traffic traffic = simulator.traffic();
            long before = traffic.requests();
            JsonNode result = McpHttp.result(mcp.callTool(name, arguments), name);
            long upstream = traffic.requests() - before;
            List<Traffic.Exchange> recent = traffic.recent();
            long raw = recent.subList((int) Math.max(0, recent.size() - upstream), recent.size()).stream()
                    .filter(exchange -> !exchange.target().startsWith("/ws/oauth"))
                    .mapToLong(Traffic.Exchange::responseBytes).sum();
            long curated = McpHttp.MAPPER.writeValueAsBytes(result.get("structuredContent")).length;
            double ratio = (double) raw / curated;
            ratios.add(ratio);
            allRaw += raw;
            allCurated += curated;
            lists++;
            if (ratio >= 3) {
                met++;
            }
            int items = result.path("structuredContent").path("items").size();
            // A vendor that only sends whole lists sends all of it for every page.
            boolean wholeList = tool.http().paginationBinding()
                    .filter(binding -> binding.style() instanceof LocalPagination).isPresent();
            table.add("6 curated vs raw", simulator.vendor() + "/" + name + " (" + items + " items"
                    + (wholeList ? "; vendor sends the whole list" : "") + ")",
                    String.format("%,d vs %,d bytes = %.1fx", curated, raw, ratio), ">= 3x", ratio >= 3);
        }
        ratios.sort(Double::compare);
        table.add("6 curated vs raw", simulator.vendor() + ": list tools at least 3x smaller", met + " of " + lists
                + String.format(", median %.1fx", ratios.get(ratios.size() / 2)));
        table.add("6 curated vs raw", simulator.vendor() + ": all list tools together", String.format("%,d vs %,d bytes = %.1fx",
                allCurated, allRaw, (double) allRaw / allCurated));
    }

    // ---------------------------------------------------------------- config

    private String config(int port, List<VendorSimulator> simulators, Map<String, String> tokens) {
        // The benchmark measures the server, not its per-credential request rate: that is off.
        StringBuilder yaml = new StringBuilder("host: 127.0.0.1\nport: " + port + "\nlimits: {requests_per_second: 0}\n"
                + "accounts:\n");
        for (VendorSimulator simulator : simulators) {
            yaml.append("  ").append(simulator.vendor()).append(":\n    vendor: ").append(simulator.vendor())
                    .append("\n    base_url: ").append(simulator.baseUrl()).append("\n    credentials:\n");
            simulator.credentials().forEach((key, value) -> yaml.append("      ").append(key).append(": ").append(value)
                    .append('\n'));
            // The simulators' rate limits are off; so is the server's budget for them (0: no limit),
            // and every client gets a slot: the figures are the server's cost, not its pacing.
            yaml.append("    rate_limits: {per_second: 0, per_hour: 0}\n    max_concurrency: ").append(clients)
                    .append('\n');
        }
        yaml.append("servers:\n");
        tokens.forEach((name, token) -> {
            yaml.append("  ").append(name).append(":\n    account: ").append(name.substring(0, name.indexOf('-')))
                    .append("\n    token: ").append(token).append('\n');
            if (name.endsWith("-read") || name.endsWith("-discovery")) {
                yaml.append("    methods: [read]\n");
            }
            if (name.endsWith("-discovery")) {
                yaml.append("    tool_mode: discovery\n");
            }
        });
        return yaml.toString();
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
