package dev.mdmmcp.server.store;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateOutput;

/**
 * Brings the schema up to date with Flyway from the versioned scripts of {@code db/migration},
 * the same scripts on H2 and PostgreSQL, recorded in {@value #HISTORY_TABLE}.
 *
 * <p>The pending scripts of a start run as one group: on PostgreSQL in one transaction, under
 * Flyway's advisory lock, so instances starting at once apply each version once and a failed
 * script leaves nothing of the group behind. H2 commits each DDL statement, so there the store is
 * put back from a snapshot taken before the group ({@link H2Snapshot}). A store made by earlier
 * releases, whose versions are rows of {@value #EARLIER_HISTORY_TABLE}, is adopted at its version.
 */
final class SchemaMigrations {

    static final String LOCATION = "classpath:db/migration";
    static final String HISTORY_TABLE = "flyway_schema_history";
    /** Where the hand-written migrations of releases before Flyway recorded the versions they applied. */
    static final String EARLIER_HISTORY_TABLE = "schema_version";

    private static final Logger LOGGER = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {
    }

    /**
     * @throws StoreException when a script fails (naming it), or the schema is newer than this build knows
     */
    static void apply(Database database) {
        apply(database, List.of(LOCATION));
    }

    static void apply(Database database, List<String> locations) {
        Optional<Integer> earlierVersion = EarlierHistory.versionToAdopt(database, HISTORY_TABLE, EARLIER_HISTORY_TABLE);
        FailedScript failedScript = new FailedScript();
        FluentConfiguration configuration = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(database.dataSource())
                .locations(locations.toArray(String[]::new))
                .table(HISTORY_TABLE)
                .group(!database.isH2())
                .validateMigrationNaming(true)
                .failOnMissingLocations(true)
                .callbacks(failedScript);
        earlierVersion.ifPresent(version -> configuration.baselineOnMigrate(true)
                .baselineVersion(String.valueOf(version))
                .baselineDescription("adopted from " + EARLIER_HISTORY_TABLE));
        Flyway flyway = configuration.load();

        MigrationInfoService info = info(flyway);
        int newestKnown = newestKnown(info);
        int current = earlierVersion.orElseGet(() -> currentVersion(info));
        if (current > newestKnown) {
            throw new StoreException("store: the schema is at version " + current + ", newer than this build knows ("
                    + newestKnown + "): run a newer mdm-mcp");
        }
        boolean pending = info.pending().length > 0 && current < newestKnown;
        Optional<H2Snapshot> snapshot = pending && database.isH2() ? Optional.of(H2Snapshot.take(database)) : Optional.empty();
        try {
            List<MigrateOutput> applied = migrate(flyway, failedScript, snapshot.isPresent());
            applied.forEach(migration -> LOGGER.info("store: applied schema version " + migration.version + " ("
                    + migration.description + ")"));
        } catch (StoreException e) {
            snapshot.ifPresent(taken -> taken.restore(database));
            throw e;
        } finally {
            snapshot.ifPresent(H2Snapshot::delete);
        }
        earlierVersion.ifPresent(adopted -> {
            LOGGER.info("store: adopted the schema at version " + adopted + " from " + EARLIER_HISTORY_TABLE
                    + " into " + HISTORY_TABLE);
            EarlierHistory.drop(database, EARLIER_HISTORY_TABLE);
        });
    }

    private static List<MigrateOutput> migrate(Flyway flyway, FailedScript failedScript, boolean restoring) {
        try {
            return flyway.migrate().migrations;
        } catch (FlywayException e) {
            String script = failedScript.name().orElse(null);
            if (script == null) {
                throw new StoreException("store: cannot bring the schema up to date: " + firstLine(e), e);
            }
            String reason = sqlCause(e).map(sql -> Database.failure("apply " + script, sql).getMessage())
                    .orElseGet(() -> "store: cannot apply " + script + " (" + firstLine(e) + ")");
            String outcome = restoring ? "the store was put back as it was before this start's migrations"
                    : "nothing of this start's migrations was applied";
            throw new StoreException(reason + ": " + outcome, e);
        }
    }

    private static MigrationInfoService info(Flyway flyway) {
        try {
            return flyway.info();
        } catch (FlywayException e) {
            throw new StoreException("store: cannot read the schema history: " + firstLine(e), e);
        }
    }

    private static int newestKnown(MigrationInfoService info) {
        return Arrays.stream(info.all())
                .filter(migration -> migration.getState().isResolved() && migration.getVersion() != null)
                .mapToInt(migration -> Integer.parseInt(migration.getVersion().getVersion()))
                .max()
                .orElse(0);
    }

    /** The newest version applied, a baseline included; 0 for an empty history. */
    private static int currentVersion(MigrationInfoService info) {
        return Arrays.stream(info.all())
                .filter(migration -> migration.getState().isApplied() && !migration.getState().isFailed())
                .map(MigrationInfo::getVersion)
                .filter(version -> version != null && !MigrationVersion.EMPTY.equals(version))
                .mapToInt(version -> Integer.parseInt(version.getVersion()))
                .max()
                .orElse(0);
    }

    private static Optional<SQLException> sqlCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    private static String firstLine(FlywayException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
