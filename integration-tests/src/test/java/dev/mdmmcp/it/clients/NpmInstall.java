package dev.mdmmcp.it.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Installs one folder of {@code src/test/node} (a package.json with exact versions and its
 * package-lock.json) with {@code npm ci} into a cache shared by every checkout on the machine,
 * once per content: the cache folder is named by a hash of the two files and marked when the
 * install has finished, and a file lock keeps two test runs from installing at once. The cache
 * is {@code $MDM_MCP_NODE_CACHE}, by default {@code ~/.cache/mdm-mcp/npm}.
 */
final class NpmInstall {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final List<String> PINNED_FILES = List.of("package.json", "package-lock.json");
    private static final String DONE_MARKER = ".installed";

    private NpmInstall() {
    }

    static Path cacheRoot() {
        String configured = System.getenv("MDM_MCP_NODE_CACHE");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "mdm-mcp", "npm");
    }

    /** The installed folder (with node_modules) for {@code source}, installing it first when needed. */
    static Path installed(Path source) throws IOException, InterruptedException {
        Path root = cacheRoot();
        Files.createDirectories(root);
        Path target = root.resolve(source.getFileName() + "-" + contentHash(source));
        if (Files.exists(target.resolve(DONE_MARKER))) {
            return target;
        }
        try (FileChannel channel = FileChannel.open(root.resolve(".install.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
            if (Files.exists(target.resolve(DONE_MARKER))) {
                return target; // another run installed it while this one waited
            }
            requireNpm();
            deleteRecursively(target); // what a killed install left
            Files.createDirectories(target);
            for (String file : PINNED_FILES) {
                Files.copy(source.resolve(file), target.resolve(file));
            }
            CommandRun npm = CommandRun.run(List.of("npm", "ci", "--no-audit", "--no-fund", "--no-update-notifier",
                    "--loglevel=error"), target, Map.of(), TIMEOUT);
            if (npm.exitCode() != 0) {
                throw new AssertionError("npm ci of " + source + " into " + target + " failed; the tests need the npm"
                        + " registry (or a filled cache).\n" + npm.describe());
            }
            Files.writeString(target.resolve(DONE_MARKER), "npm ci of " + source + "\n");
            return target;
        }
    }

    private static void requireNpm() throws InterruptedException {
        try {
            CommandRun.run(List.of("npm", "--version"), Path.of("."), Map.of(), Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new AssertionError("npm is needed to install the MCP clients these tests run: install Node.js 20 or"
                    + " newer with npm (e.g. apt-get install nodejs npm)", e);
        }
    }

    private static String contentHash(Path source) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : PINNED_FILES) {
                digest.update(Files.readAllBytes(source.resolve(file)));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
