package dev.mdmmcp.it.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.it.support.KnownDevice;
import dev.mdmmcp.it.support.ServedCatalogs;
import dev.mdmmcp.it.support.ServerJar;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nobody holding a URL can write a log line that looks like another: text with CR, LF, the
 * Unicode line separators and other control characters is sent through every request field that
 * reaches a log line (the tool name of a refused call, the method of a notification,
 * {@code initialize}'s protocol version and client info, request ids, the 2026-07-28
 * {@code _meta}), to the packaged server in each command that logs ({@code serve}, {@code demo},
 * {@code stdio}); every line that shows the text shows it escaped, and no line starts with it.
 */
class LogForgingTest {

    /** What an attacker would like to see as a line of its own: the per-call audit record of a destructive tool. */
    private static final String FORGED_LINE = "FORGED 2026-12-06T00:00:00.000 INFO dev.mdmmcp.server.call: tool call"
            + " request=deadbeef server=x vendor=kandji tool=erase_device outcome=ok";
    private static final String INJECTED = "\r\n" + FORGED_LINE + "\u2028\u0085\u001b[2K\n";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void serveEscapesEveryRequestValueInItsLog(@TempDir Path directory) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path config = ServerJar.configFile(directory, ServedCatalogs.configYaml("http://127.0.0.1:9",
                ServedCatalogs.catalogsOfTheServerJar()).replace("port: 0", "port: " + port));
        Path output = directory.resolve("output.txt");
        Process serve = new ProcessBuilder(ServerJar.command("serve", "--config", config.toString()))
                .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            String url = "http://127.0.0.1:" + port + "/mcp/" + ServedCatalogs.tokenOf(KnownDevice.VENDOR);
            awaitAnswer(url, output);
            sendForgeries(url);
        } finally {
            stop(serve);
        }
        assertNoForgedLine(Files.readAllLines(output));
    }

    @Test
    void theDemoEscapesEveryRequestValueInItsLog(@TempDir Path data) throws Exception {
        Path output = data.resolve("output.txt");
        Process demo = new ProcessBuilder(ServerJar.demoCommand("--devices", "5", "--port", "0", "--data-dir", data.toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            String url = awaitDemoUrl(output, demo);
            sendForgeries(url);
        } finally {
            stop(demo);
        }
        assertNoForgedLine(Files.readAllLines(output));
    }

    @Test
    void stdioEscapesEveryRequestValueInItsLog(@TempDir Path directory) throws Exception {
        Path config = ServerJar.configFile(directory, ServedCatalogs.configYaml("http://127.0.0.1:9",
                ServedCatalogs.catalogsOfTheServerJar()));
        Path stderr = directory.resolve("stderr.txt");
        Process stdio = new ProcessBuilder(ServerJar.command("stdio", "--config", config.toString(), "--server",
                ServedCatalogs.serverOf(KnownDevice.VENDOR)))
                .redirectError(stderr.toFile()).redirectOutput(directory.resolve("stdout.txt").toFile()).start();
        try (OutputStream in = stdio.getOutputStream()) {
            for (Forgery forgery : forgeries()) {
                in.write((forgery.body() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(stdio.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("stdio ends with its input").isTrue();
        assertNoForgedLine(Files.readAllLines(stderr));
    }

    /** One request: its JSON body and the HTTP headers a client of its era sends. */
    private record Forgery(String body, Map<String, String> headers) {
    }

    private List<Forgery> forgeries() throws IOException {
        Map<String, Object> meta = Map.of("io.modelcontextprotocol/protocolVersion", "2026-07-28",
                "io.modelcontextprotocol/clientCapabilities", Map.of(),
                "io.modelcontextprotocol/clientInfo", Map.of("name", "client" + INJECTED, "version", INJECTED));
        String tool = "lock_device" + INJECTED;
        Map<String, String> legacy = Map.of("MCP-Protocol-Version", "2025-11-25");
        List<Forgery> forgeries = new ArrayList<>();
        forgeries.add(new Forgery(json(request("init" + INJECTED, "initialize", Map.of("protocolVersion", INJECTED,
                "capabilities", Map.of(), "clientInfo", Map.of("name", INJECTED, "version", INJECTED)))), Map.of()));
        forgeries.add(new Forgery(json(Map.of("jsonrpc", "2.0", "method", "notifications/" + INJECTED)), legacy));
        forgeries.add(new Forgery(json(request("call" + INJECTED, "tools/call", Map.of("name", tool, "arguments",
                Map.of("device_id", INJECTED)))), legacy));
        forgeries.add(new Forgery(json(request(INJECTED, "no/such" + INJECTED, Map.of())), legacy));
        forgeries.add(new Forgery(json(request("modern" + INJECTED, "tools/call", Map.of("name", tool, "arguments",
                Map.of(), "_meta", meta))), Map.of("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call",
                "Mcp-Name", "=?base64?" + Base64.getEncoder().encodeToString(tool.getBytes(StandardCharsets.UTF_8)) + "?=")));
        forgeries.add(new Forgery(json(request("discover" + INJECTED, "server/discover", Map.of("_meta", meta))),
                Map.of("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "server/discover")));
        return forgeries;
    }

    private static Map<String, Object> request(String id, String method, Map<String, Object> params) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("jsonrpc", "2.0");
        request.put("id", id);
        request.put("method", method);
        request.put("params", params);
        return request;
    }

    private String json(Object value) throws IOException {
        return mapper.writeValueAsString(value);
    }

    private void sendForgeries(String url) throws Exception {
        for (Forgery forgery : forgeries()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(forgery.body()));
            forgery.headers().forEach(request::header);
            http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    private static void assertNoForgedLine(List<String> lines) {
        assertThat(lines).as("the refused call's log line, with the tool name escaped")
                .anyMatch(line -> line.contains("outcome=unknown_tool") && line.contains("lock_device\\r\\n" + FORGED_LINE));
        assertThat(lines).as("log lines").noneMatch(line -> line.startsWith(FORGED_LINE))
                .noneMatch(line -> line.startsWith("\u0085") || line.startsWith("\u2028"))
                .allMatch(line -> !line.contains(FORGED_LINE) || line.contains("\\r\\n" + FORGED_LINE)
                        || line.contains("\\\\r\\\\n" + FORGED_LINE));
    }

    private void awaitAnswer(String url, Path output) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the server did not answer at " + url + "; its output:\n" + Files.readString(output));
    }

    private static String awaitDemoUrl(Path output, Process demo) throws Exception {
        Pattern url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/mcp/\\S{43})");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && demo.isAlive()) {
            String printed = Files.readString(output);
            Matcher found = url.matcher(printed);
            if (printed.contains("Ctrl-C stops everything") && found.find()) {
                return found.group(1);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the demo printed no MCP URL; its output:\n" + Files.readString(output));
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
