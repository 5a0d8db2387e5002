package dev.mdmmcp.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The data directory holds sealed credentials, their key and the call history: whatever the
 * process umask, it is {@code rwx------} (created so, or tightened at start with a log line) and
 * every file in it {@code rw-------}. The H2 trace file, which H2 would create later with the
 * umask's permissions, is created owner-only before H2 opens the store. Non-POSIX file systems
 * are left as they are.
 */
final class OwnerOnlyFiles {

    static final String TRACE_FILE = "mdm-mcp.trace.db";
    private static final Logger LOGGER = Logger.getLogger(OwnerOnlyFiles.class.getName());
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /** Before the store opens: the directory exists and is owner-only, and so is the trace file. */
    static void prepare(Path dataDir) {
        Path directory = dataDir.toAbsolutePath();
        try {
            if (!isPosix(directory)) {
                Files.createDirectories(directory);
                return;
            }
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
            } else if (!DIRECTORY.containsAll(Files.getPosixFilePermissions(directory))) {
                Files.setPosixFilePermissions(directory, DIRECTORY);
                LOGGER.info("the data directory " + directory + " was open to other users: made it owner-only (chmod 700)");
            }
            Path trace = directory.resolve(TRACE_FILE);
            if (!Files.exists(trace)) {
                Files.createFile(trace, PosixFilePermissions.asFileAttribute(FILE));
            }
        } catch (IOException e) {
            throw new StoreException("cannot prepare the data directory " + directory + ": " + e.getMessage());
        }
    }

    /** After the store opened: every file in the directory is owner-only. */
    static void restrict(Path dataDir) {
        Path directory = dataDir.toAbsolutePath();
        if (!isPosix(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!FILE.containsAll(Files.getPosixFilePermissions(file))) {
                    Files.setPosixFilePermissions(file, FILE);
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot make the files of " + directory + " owner-only: " + e.getMessage());
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
