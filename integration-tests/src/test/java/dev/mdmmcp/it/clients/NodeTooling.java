package dev.mdmmcp.it.clients;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Node.js 22+ and the pinned MCP clients of {@code src/test/node/clients}, ready to run. The
 * conformance suite and MCP Inspector need Node 22; a machine whose {@code node} is older (these
 * have 20) gets Node 22 from the npm registry's {@code node} package, installed into the cache
 * like the clients (see {@link NpmInstall}). Installed once per machine and content; a test run
 * then only starts processes.
 */
final class NodeTooling {

    static final int NEEDED_MAJOR = 22;
    private static final Pattern VERSION = Pattern.compile("v(\\d+)\\.");
    private static final Path SOURCES = Path.of("src", "test", "node");
    private static NodeTooling instance;

    private final Path node;
    private final Path clients;

    private NodeTooling(Path node, Path clients) {
        this.node = node;
        this.clients = clients;
    }

    static synchronized NodeTooling get() throws IOException, InterruptedException {
        if (instance == null) {
            Path clients = NpmInstall.installed(SOURCES.resolve("clients"));
            instance = new NodeTooling(nodeBinary(), clients);
        }
        return instance;
    }

    /** {@code node <package binary> <arguments>}, e.g. {@code bin("conformance", "server", ...)}. */
    List<String> bin(String name, String... arguments) {
        List<String> command = new ArrayList<>(List.of(node.toString(), clients.resolve("node_modules/.bin/" + name).toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * {@code node <script of an installed package> <arguments>}, for a package whose binary name
     * another pinned package shares, e.g. {@code packageScript("conformance-next/dist/index.js", ...)}.
     */
    List<String> packageScript(String pathInNodeModules, String... arguments) {
        List<String> command = new ArrayList<>(List.of(node.toString(), clients.resolve("node_modules/" + pathInNodeModules).toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * Runs a script of {@code src/test/node/clients} with the installed packages: it is copied
     * beside them for the run (ESM imports resolve from the script's folder, not NODE_PATH).
     */
    CommandRun runScript(String script, Duration timeout, Path home, String... arguments)
            throws IOException, InterruptedException {
        Path folder = Files.createDirectory(clients.resolve("run-" + UUID.randomUUID()));
        try {
            Path copy = Files.copy(SOURCES.resolve("clients").resolve(script), folder.resolve(script));
            List<String> command = new ArrayList<>(List.of(node.toString(), copy.toString()));
            command.addAll(List.of(arguments));
            return CommandRun.run(command, home, environment(home), timeout);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    CommandRun run(List<String> command, Duration timeout, Path home) throws IOException, InterruptedException {
        return CommandRun.run(command, home, environment(home), timeout);
    }

    /**
     * The environment of a client process: Node 22 first on PATH (for anything a client starts
     * itself) and a throwaway HOME, so clients keep their state (Inspector's catalog, mcp-remote's
     * auth folder) out of the user's home.
     */
    Map<String, String> environment(Path home) {
        return Map.of("PATH", node.getParent() + java.io.File.pathSeparator + System.getenv().getOrDefault("PATH", ""),
                "HOME", home.toString(), "CI", "true", "NO_COLOR", "1");
    }

    private static Path nodeBinary() throws IOException, InterruptedException {
        Integer machineMajor = majorVersion(List.of("node", "--version"));
        if (machineMajor != null && machineMajor >= NEEDED_MAJOR) {
            return Path.of(which("node"));
        }
        Path runtime = NpmInstall.installed(SOURCES.resolve("runtime")).resolve("node_modules/node/bin/node");
        Integer installedMajor = majorVersion(List.of(runtime.toString(), "--version"));
        if (installedMajor == null || installedMajor < NEEDED_MAJOR) {
            throw new AssertionError("the npm package 'node' did not install a Node " + NEEDED_MAJOR + " binary at "
                    + runtime + " (its preinstall script fetches the platform package)");
        }
        return runtime;
    }

    private static Integer majorVersion(List<String> command) throws InterruptedException {
        try {
            CommandRun run = CommandRun.run(command, Path.of("."), Map.of(), Duration.ofSeconds(20));
            Matcher version = VERSION.matcher(run.stdout());
            return run.exitCode() == 0 && version.find() ? Integer.valueOf(version.group(1)) : null;
        } catch (IOException e) {
            return null; // not installed
        }
    }

    private static String which(String program) throws IOException, InterruptedException {
        CommandRun run = CommandRun.run(List.of("sh", "-c", "command -v " + program), Path.of("."), Map.of(),
                Duration.ofSeconds(10));
        return run.stdout().strip();
    }
}
