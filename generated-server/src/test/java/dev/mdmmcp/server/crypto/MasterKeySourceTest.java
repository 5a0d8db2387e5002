package dev.mdmmcp.server.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mdmmcp.server.config.ConfigException;
import dev.mdmmcp.server.config.ManagedConfig;
import dev.mdmmcp.server.config.MasterKeyText;
import dev.mdmmcp.server.config.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeySourceTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private static ManagedConfig config(Path dataDir, Optional<String> dbUrl, Optional<String> masterKey) {
        return new ManagedConfig(Optional.empty(), dataDir, dbUrl, Optional.empty(), Optional.empty(), Optional.empty(),
                masterKey.map(Secret::new));
    }

    @Test
    void theEmbeddedStoreCreatesAnOwnerOnlyKeyFileOnceAndReadsItAfterwards(@TempDir Path directory) throws Exception {
        Path dataDir = directory.resolve("data");

        MasterKey created = MasterKeySource.load(config(dataDir, Optional.empty(), Optional.empty()), RANDOM, 0);
        MasterKey again = MasterKeySource.load(config(dataDir, Optional.empty(), Optional.empty()), RANDOM, 0);

        Path file = dataDir.resolve(MasterKeySource.KEY_FILE);
        assertThat(again.id()).isEqualTo(created.id());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(MasterKeyText.decode(Files.readString(file))).hasSize(32);
    }

    @Test
    void theConfiguredKeyWinsOverTheKeyFile(@TempDir Path directory) {
        MasterKeySource.load(config(directory, Optional.empty(), Optional.empty()), RANDOM, 0);

        MasterKey configured = MasterKeySource.load(config(directory, Optional.empty(), Optional.of(KEY)), RANDOM, 0);

        assertThat(configured.id()).isEqualTo(MasterKey.of(new Secret(KEY)).id());
    }

    @Test
    void anExternalDatabaseNeedsAConfiguredKey(@TempDir Path directory) {
        assertThatThrownBy(() -> MasterKeySource.load(config(directory, Optional.of("jdbc:postgresql://db/x"),
                Optional.empty()), RANDOM, 0)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("master_key is required with db_url: set MDM_MCP_MASTER_KEY");
        assertThat(directory.resolve(MasterKeySource.KEY_FILE)).doesNotExist();
    }

    @Test
    void aDamagedKeyFileIsAClearError(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve(MasterKeySource.KEY_FILE), "c2hvcnQ=\n");

        assertThatThrownBy(() -> MasterKeySource.load(config(directory, Optional.empty(), Optional.empty()), RANDOM, 0))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("master.key must be base64 of exactly 32 bytes, but holds 5 bytes");
    }

    @Test
    void noNewKeyFileIsWrittenWhileSealedCredentialsExistWithoutTheirKey(@TempDir Path directory) {
        assertThatThrownBy(() -> MasterKeySource.load(config(directory, Optional.empty(), Optional.empty()), RANDOM, 3))
                .isInstanceOf(ConfigException.class)
                .hasMessage("the master key file " + directory.resolve(MasterKeySource.KEY_FILE).toAbsolutePath()
                        + " is missing, but the store holds 3 integrated account(s) sealed with a master key: restore"
                        + " master.key from the backup of the data directory, or set MDM_MCP_MASTER_KEY to that key."
                        + " No new key was written");
        assertThat(directory.resolve(MasterKeySource.KEY_FILE)).doesNotExist();
    }
}
