package dev.mdmmcp.bench;

import dev.mdmmcp.simulator.VendorSimulator;
import dev.mdmmcp.simulator.http.Traffic;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one audit question costs a model: every question of {@link AuditQuestions} played on the
 * read-only server of its vendor in both tool modes, without and with {@code fields}. Each run
 * counts the tool calls, the upstream requests the simulator saw, and the bytes the model would
 * read: tool definitions and results. The four runs of a question must reach the same answer.
 * Upstream requests are those to the vendor's API; an OAuth token request (once per account) is
 * not counted.
 */
final class QuestionCosts {

    /** One question in one mode. */
    record Run(AuditQuestions.Question question, ScriptedAgent.Mode mode, boolean projected, Object answer, int toolCalls,
            long upstreamRequests, long definitionBytes, long resultBytes) {

        long totalBytes() {
            return definitionBytes + resultBytes;
        }
    }

    /** The read-only servers of one vendor: all tools, and discovery. */
    record Servers(URI allTools, URI discovery, VendorSimulator simulator) {

        URI url(ScriptedAgent.Mode mode) {
            return mode == ScriptedAgent.Mode.ALL_TOOLS ? allTools : discovery;
        }
    }

    private QuestionCosts() {
    }

    /** The serial number of the simulated Kandji tenant's sample Mac, read from its API directly. */
    static String sampleSerial(VendorSimulator kandji) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(kandji.baseUrl() + "/api/v1/devices/"
                        + kandji.sampleArguments().get("device_id")))
                .header("Authorization", "Bearer " + kandji.credentials().get("api_token"))
                .header("Accept", "application/json").GET().build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return McpHttp.MAPPER.readTree(response.body()).path("serial_number").asText();
        }
    }

    /** Plays every question four times; fails when a run's answer differs from the first one's. */
    static List<Run> measure(List<AuditQuestions.Question> questions, Map<String, Servers> servers)
            throws IOException, InterruptedException {
        List<Run> runs = new ArrayList<>();
        for (AuditQuestions.Question question : questions) {
            Servers vendor = servers.get(question.vendor());
            Object first = null;
            for (ScriptedAgent.Mode mode : ScriptedAgent.Mode.values()) {
                for (boolean projected : new boolean[] {false, true}) {
                    long before = vendor.simulator().traffic().requests();
                    ScriptedAgent agent = new ScriptedAgent(new McpHttp(vendor.url(mode)), mode, projected);
                    Object answer = question.script().answer(agent);
                    long upstream = apiRequests(vendor.simulator(), vendor.simulator().traffic().requests() - before);
                    if (first == null) {
                        first = answer;
                    } else if (!first.equals(answer)) {
                        throw new IOException(question.id() + " answered differently in " + mode.label
                                + (projected ? " with fields" : "") + ": " + answer + " instead of " + first);
                    }
                    runs.add(new Run(question, mode, projected, answer, agent.toolCalls(), upstream,
                            agent.definitionBytes(), agent.resultBytes()));
                }
            }
        }
        return runs;
    }

    /** Of the last {@code count} requests the simulator answered, those to its API (not OAuth token requests). */
    private static long apiRequests(VendorSimulator simulator, long count) {
        List<Traffic.Exchange> recent = simulator.traffic().recent();
        return recent.subList((int) Math.max(0, recent.size() - count), recent.size()).stream()
                .filter(exchange -> !exchange.target().startsWith("/ws/oauth")).count();
    }

    /** Adds group 7 to the table: a row per run, then the totals of each mode. */
    static void report(List<Run> runs, Table table) {
        String group = "7 question cost";
        for (Run run : runs) {
            table.add(group, run.question().id() + " " + run.question().vendor() + ": " + run.question().text() + ", "
                    + run.mode().label + (run.projected() ? " + fields" : ""),
                    String.format("%d calls, %d upstream, %,d + %,d = %,d bytes (~%,d tokens)", run.toolCalls(),
                            run.upstreamRequests(), run.definitionBytes(), run.resultBytes(), run.totalBytes(),
                            run.totalBytes() / 4));
        }
        for (ScriptedAgent.Mode mode : ScriptedAgent.Mode.values()) {
            for (boolean projected : new boolean[] {false, true}) {
                long total = runs.stream().filter(run -> run.mode() == mode && run.projected() == projected)
                        .mapToLong(Run::totalBytes).sum();
                long count = runs.stream().filter(run -> run.mode() == mode && run.projected() == projected).count();
                table.add(group, "all " + count + " questions, " + mode.label + (projected ? " + fields" : ""),
                        String.format("%,d bytes (~%,d tokens)", total, total / 4));
            }
        }
    }
}
