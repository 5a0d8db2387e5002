package dev.mdmmcp.demo;

import io.helidon.logging.common.LogConfig;
import java.util.List;

/**
 * Entry point of {@code java -jar mdm-mcp-demo.jar [--devices N] [--port P] [--data-dir D]}, which
 * {@code bin/mdm-mcp demo} runs; see {@link DemoCommand}.
 */
public final class DemoMain {

    private DemoMain() {
    }

    public static void main(String[] args) {
        // The server's logging.properties (in its jar, on this jar's class path) configures JUL.
        LogConfig.configureRuntime();
        System.exit(new DemoCommand(System.out, System.err, Demo::start).run(List.of(args)));
    }
}
