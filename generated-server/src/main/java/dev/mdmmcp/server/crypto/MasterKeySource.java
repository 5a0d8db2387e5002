package dev.mdmmcp.server.crypto;

import dev.mdmmcp.server.config.ConfigException;
import dev.mdmmcp.server.config.ManagedConfig;
import dev.mdmmcp.server.config.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Where the master key comes from: {@code master_key} ({@code MDM_MCP_MASTER_KEY}) when set;
 * otherwise, on the embedded store only, the key file {@code <data_dir>/master.key}, created
 * with owner-only permissions on first run. Several instances over PostgreSQL must share one key,
 * so there a missing {@code master_key} is a startup error rather than a key per instance.
 */
public final class MasterKeySource {

    public static final String KEY_FILE = "master.key";
    private static final Logger LOGGER = Logger.getLogger(MasterKeySource.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private MasterKeySource() {
    }

    /**
     * @param sealedAccounts how many integrated accounts the store holds sealed: with any, a missing
     *        key file is restored from a backup, never replaced by a new key
     * @throws ConfigException when no key is configured for an external database, the key file is
     *         unusable, or it is missing while sealed credentials exist
     */
    public static MasterKey load(ManagedConfig config, SecureRandom random, int sealedAccounts) {
        if (config.masterKey().isPresent()) {
            LOGGER.info("master key " + MasterKey.of(config.masterKey().get()).id() + " from master_key (MDM_MCP_MASTER_KEY)");
            return MasterKey.of(config.masterKey().get());
        }
        if (!config.embeddedStore()) {
            throw new ConfigException("master_key is required with db_url: set MDM_MCP_MASTER_KEY to base64 of 32 random"
                    + " bytes, the same on every instance (generate one with: openssl rand -base64 32)");
        }
        Path file = config.dataDir().resolve(KEY_FILE).toAbsolutePath();
        if (Files.exists(file)) {
            return read(file);
        }
        if (sealedAccounts > 0) {
            throw new ConfigException("the master key file " + file + " is missing, but the store holds " + sealedAccounts
                    + " integrated account(s) sealed with a master key: restore master.key from the backup of the data"
                    + " directory, or set MDM_MCP_MASTER_KEY to that key. No new key was written");
        }
        return create(file, random);
    }

    private static MasterKey read(Path file) {
        try {
            if (isPosix(file) && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                LOGGER.warning("the master key file " + file + " is readable by other users: chmod 600 " + file);
            }
            MasterKey key = MasterKey.of(new Secret(Files.readString(file, StandardCharsets.US_ASCII)));
            LOGGER.info("master key " + key.id() + " from " + file);
            return key;
        } catch (IllegalArgumentException e) {
            throw new ConfigException("the master key file " + file + " " + e.getMessage());
        } catch (IOException e) {
            throw new ConfigException("cannot read the master key file " + file + ": " + e.getMessage());
        }
    }

    private static MasterKey create(Path file, SecureRandom random) {
        MasterKey key = MasterKey.generate(random);
        try {
            Files.createDirectories(file.getParent());
            if (isPosix(file.getParent())) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, key.toBase64().reveal() + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (FileAlreadyExistsException e) {
            return read(file);
        } catch (IOException e) {
            throw new ConfigException("cannot create the master key file " + file + ": " + e.getMessage());
        }
        LOGGER.info("created master key " + key.id() + " in " + file + " (owner-only). Back it up with the data directory:"
                + " without it the stored vendor credentials cannot be read");
        return key;
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
