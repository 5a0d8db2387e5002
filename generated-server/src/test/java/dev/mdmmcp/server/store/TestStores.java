package dev.mdmmcp.server.store;

import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.config.ManagedConfig;
import dev.mdmmcp.server.config.Secret;
import java.nio.file.Path;
import java.util.Optional;

/** Stores for tests, on either engine: the embedded H2 default, or a fresh PostgreSQL schema. */
public final class TestStores {

    /** A fixed master key for tests that run on PostgreSQL (which has no key file). */
    public static final String MASTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    public enum Engine {
        H2, POSTGRESQL
    }

    private TestStores() {
    }

    /** The store settings of a new, empty store; on PostgreSQL with {@link #MASTER_KEY}. */
    public static ManagedConfig managedConfig(Engine engine) {
        Path dataDir = TestConfigs.freshDataDir();
        if (engine == Engine.H2) {
            return new ManagedConfig(Optional.empty(), dataDir, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
        return new ManagedConfig(Optional.empty(), dataDir, Optional.of(TestPostgres.freshSchema()),
                Optional.of(TestPostgres.user()),
                TestPostgres.password().isEmpty() ? Optional.empty() : Optional.of(new Secret(TestPostgres.password())),
                Optional.empty(), Optional.of(new Secret(MASTER_KEY)));
    }

    /**
     * A new, empty store named by {@code db_url}, as instances that share it are configured: on H2
     * a file database under a fresh directory, on PostgreSQL a fresh schema; with {@link #MASTER_KEY}.
     */
    public static ManagedConfig sharedConfig(Engine engine) {
        if (engine == Engine.POSTGRESQL) {
            return managedConfig(engine);
        }
        Path dataDir = TestConfigs.freshDataDir();
        return new ManagedConfig(Optional.empty(), dataDir, Optional.of("jdbc:h2:file:" + dataDir.resolve("shared")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(new Secret(MASTER_KEY)));
    }

    /** The configuration lines of {@code config}'s store. */
    public static String yaml(ManagedConfig config) {
        StringBuilder yaml = new StringBuilder("data_dir: " + config.dataDir() + "\n");
        config.dbUrl().ifPresent(url -> yaml.append("db_url: \"").append(url).append("\"\n"));
        config.dbUser().ifPresent(user -> yaml.append("db_user: ").append(user).append('\n'));
        config.dbPassword().ifPresent(password -> yaml.append("db_password: ").append(password.reveal()).append('\n'));
        config.masterKey().ifPresent(key -> yaml.append("master_key: \"").append(key.reveal()).append("\"\n"));
        return yaml.toString();
    }

    public static Store open(Engine engine) {
        return Store.open(managedConfig(engine));
    }
}
