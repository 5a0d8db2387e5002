package dev.mdmmcp.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The settings of managed MCP servers: where the store lives, the key its credentials are sealed
 * with, the bootstrap admin token and the URL servers are reached at. Every value may come from
 * the environment ({@code MDM_MCP_DATA_DIR}, {@code MDM_MCP_DB_URL}, ...), so {@code serve}
 * needs no configuration file at all.
 *
 * @param publicUrl the base of the URLs handed out ({@code <public_url>/mcp/<token>}); empty: {@code http://<host>:<port>}
 * @param dataDir the directory of the embedded store and its key file
 * @param dbUrl a JDBC URL of PostgreSQL (or H2) instead of the embedded store; may hold a password, so it is never logged whole
 * @param dbUser the database user, when the URL does not name one
 * @param dbPassword the database password
 * @param adminToken an API token accepted besides the stored ones, to bootstrap the admin API
 * @param masterKey base64 of the 32-byte key that seals vendor credentials; already checked for shape
 * @param callHistory how much call history the store keeps
 * @param adminTokenOpensMcp whether {@code adminToken} also opens {@code require_api_token_auth}
 *     URLs (off by default: those take MCP-access tokens naming the server)
 * @param upstreamHosts the hosts beyond the vendors' own that managed accounts may name ({@code allowed_upstream_hosts})
 */
public record ManagedConfig(
        Optional<URI> publicUrl,
        Path dataDir,
        Optional<String> dbUrl,
        Optional<String> dbUser,
        Optional<Secret> dbPassword,
        Optional<Secret> adminToken,
        Optional<Secret> masterKey,
        CallHistoryRetention callHistory,
        boolean adminTokenOpensMcp,
        UpstreamHosts upstreamHosts) {

    /** The default data directory, relative to the working directory. */
    public static final Path DEFAULT_DATA_DIR = Path.of("data");

    /**
     * With the default call history retention; {@code adminToken} does not open MCP URLs; no
     * upstream hosts beyond the vendors' own.
     */
    public ManagedConfig(Optional<URI> publicUrl, Path dataDir, Optional<String> dbUrl, Optional<String> dbUser,
            Optional<Secret> dbPassword, Optional<Secret> adminToken, Optional<Secret> masterKey) {
        this(publicUrl, dataDir, dbUrl, dbUser, dbPassword, adminToken, masterKey, CallHistoryRetention.DEFAULT, false,
                UpstreamHosts.NONE);
    }

    /** Whether the store is the embedded default (no {@code db_url}). */
    public boolean embeddedStore() {
        return dbUrl.isEmpty();
    }
}
