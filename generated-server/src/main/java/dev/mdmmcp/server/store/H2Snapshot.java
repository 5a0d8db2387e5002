package dev.mdmmcp.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * A copy of a whole H2 database in H2's own script format, taken before migrations run: H2
 * commits each DDL statement, so a script that fails half-way is undone by putting the copy
 * back. The file is owner-only (it holds sealed credentials) and is deleted afterwards.
 */
final class H2Snapshot {

    private final Path file;

    private H2Snapshot(Path file) {
        this.file = file;
    }

    /** @throws StoreException when the copy cannot be written */
    static H2Snapshot take(Database database) {
        Path file;
        try {
            file = Files.createTempFile("mdm-mcp-before-migration-", ".zip");
        } catch (IOException e) {
            throw new StoreException("store: cannot create a file for the copy taken before migrations: " + e.getMessage());
        }
        H2Snapshot snapshot = new H2Snapshot(file);
        try {
            database.read("copy the store before migrations", connection -> {
                try (PreparedStatement script = connection.prepareStatement("SCRIPT DROP TO ? COMPRESSION ZIP")) {
                    script.setString(1, file.toString());
                    script.execute();
                }
                return null;
            });
        } catch (StoreException e) {
            snapshot.delete();
            throw e;
        }
        return snapshot;
    }

    /** Puts the database back as it was when the copy was taken. */
    void restore(Database database) {
        database.transaction("put the store back as it was before migrations", connection -> {
            try (Statement drop = connection.createStatement()) {
                drop.execute("DROP ALL OBJECTS");
            }
            try (PreparedStatement run = connection.prepareStatement("RUNSCRIPT FROM ? COMPRESSION ZIP")) {
                run.setString(1, file.toString());
                run.execute();
            }
            return null;
        });
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A left-over copy in the temporary directory is owner-only; nothing depends on it.
        }
    }
}
