package dev.mdmmcp.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The live threads of this JVM, virtual ones included (from a full JSON thread dump), less the
 * request threads of WireMock's Jetty ({@code qtp...}), which belong to the test double: a
 * delayed stub keeps one busy for its whole delay whatever the client does.
 */
public final class LiveThreads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LiveThreads() {
    }

    /** The names of the threads counted, virtual threads as {@code <virtual>} plus their top frame. */
    public static List<String> list() {
        try {
            Path dump = Files.createTempFile("threads", ".json");
            Files.delete(dump);
            try {
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                        .dumpThreads(dump.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
                List<String> threads = new ArrayList<>();
                for (JsonNode container : JSON.readTree(dump.toFile()).path("threadDump").path("threadContainers")) {
                    for (JsonNode thread : container.path("threads")) {
                        String name = thread.path("name").asText();
                        if (name.startsWith("qtp")) {
                            continue;
                        }
                        threads.add(thread.path("virtual").asBoolean() ? "<virtual> " + ownFrame(thread) : name);
                    }
                }
                return threads;
            } finally {
                Files.deleteIfExists(dump);
            }
        } catch (IOException e) {
            throw new IllegalStateException("no thread dump", e);
        }
    }

    /** The first frame outside the JDK's own modules: what the thread is there for. */
    private static String ownFrame(JsonNode thread) {
        for (JsonNode frame : thread.path("stack")) {
            if (!frame.asText().startsWith("java.") && !frame.asText().startsWith("jdk.")) {
                return frame.asText();
            }
        }
        return thread.path("stack").path(0).asText();
    }

    /** Waits until at most {@code baseline} threads are live, or {@code patience} has passed; returns the last list. */
    public static List<String> settleTo(int baseline, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        List<String> threads = list();
        while (threads.size() > baseline && System.nanoTime() < deadline) {
            Thread.sleep(50);
            threads = list();
        }
        return threads;
    }
}
