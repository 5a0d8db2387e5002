package dev.mdmmcp.server.observe;

import dev.mdmmcp.server.call.CallObserver;
import dev.mdmmcp.server.call.CallScope;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.result.Outcome;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Tool calls by vendor, tool and outcome, and upstream latency by vendor and tool. Labels come
 * from the catalog and the outcome enum only, so their number is bounded.
 */
public final class ToolCallMetrics implements CallObserver {

    static final String CALLS = "mdm_mcp_tool_calls_total";
    static final String LATENCY = "mdm_mcp_upstream_latency_seconds";

    private record CallKey(String vendor, String tool, String outcome) implements Comparable<CallKey> {
        @Override
        public int compareTo(CallKey other) {
            return (vendor + '\0' + tool + '\0' + outcome).compareTo(other.vendor + '\0' + other.tool + '\0' + other.outcome);
        }
    }

    private record ToolKey(String vendor, String tool) implements Comparable<ToolKey> {
        @Override
        public int compareTo(ToolKey other) {
            return (vendor + '\0' + tool).compareTo(other.vendor + '\0' + other.tool);
        }
    }

    private final Map<CallKey, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<ToolKey, LatencyHistogram> latencies = new ConcurrentHashMap<>();

    @Override
    public void upstreamAnswered(ToolEntry tool, Duration latency) {
        latencies.computeIfAbsent(new ToolKey(tool.vendor().id(), tool.name()), key -> new LatencyHistogram())
                .record(latency);
    }

    @Override
    public void callEnded(CallScope scope, ToolEntry tool, Outcome outcome, Integer upstreamStatus, Duration duration) {
        calls.computeIfAbsent(new CallKey(tool.vendor().id(), tool.name(), outcome.logName()), key -> new LongAdder())
                .increment();
    }

    void writeTo(PrometheusText out) {
        out.family(CALLS, "counter", "Tool calls by vendor, tool and outcome.");
        new TreeMap<>(calls).forEach((key, count) -> out.sample(CALLS,
                labels("vendor", key.vendor(), "tool", key.tool(), "outcome", key.outcome()), count.sum()));
        out.family(LATENCY, "histogram", "Time from sending a request to the vendor to its answer.");
        new TreeMap<>(latencies).forEach((key, histogram) -> {
            for (int i = 0; i < LatencyHistogram.BUCKETS_SECONDS.length; i++) {
                out.sample(LATENCY + "_bucket", labels("vendor", key.vendor(), "tool", key.tool(),
                        "le", Double.toString(LatencyHistogram.BUCKETS_SECONDS[i])), histogram.bucket(i));
            }
            out.sample(LATENCY + "_bucket", labels("vendor", key.vendor(), "tool", key.tool(), "le", "+Inf"),
                    histogram.count());
            out.sample(LATENCY + "_sum", labels("vendor", key.vendor(), "tool", key.tool()), histogram.sumSeconds());
            out.sample(LATENCY + "_count", labels("vendor", key.vendor(), "tool", key.tool()), histogram.count());
        });
    }

    static Map<String, String> labels(String... namesAndValues) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            labels.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return labels;
    }
}
