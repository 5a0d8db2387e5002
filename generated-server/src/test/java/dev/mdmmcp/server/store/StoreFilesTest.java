package dev.mdmmcp.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.config.ManagedConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The embedded store's files are its owner's only, whatever the umask and the directory were. */
class StoreFilesTest {

    private static ManagedConfig embedded(Path dataDir) {
        return new ManagedConfig(Optional.empty(), dataDir, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aDataDirectoryOpenToOthersIsMadeOwnerOnlyAndSoIsEveryFileInIt() throws Exception {
        Path dataDir = TestConfigs.freshDataDir();
        Files.createDirectories(dataDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dataDir.resolve("notes.txt"), "left by the operator");
        Files.setPosixFilePermissions(dataDir.resolve("notes.txt"), PosixFilePermissions.fromString("rw-r--r--"));

        try (Store store = Store.open(embedded(dataDir))) {
            store.apiTokens().list();
            assertThat(permissions(dataDir)).isEqualTo("rwx------");
            assertThat(dataDir.resolve("mdm-mcp.mv.db")).exists();
            assertThat(dataDir.resolve(OwnerOnlyFiles.TRACE_FILE)).exists();
            try (Stream<Path> files = Files.list(dataDir)) {
                for (Path file : files.toList()) {
                    assertThat(permissions(file)).as(file.getFileName().toString()).isEqualTo("rw-------");
                }
            }
        }
    }
}
