package dev.mdmmcp.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code <data dir>/demo.json}: the demo's MCP servers as a JSON array of {name, vendor, url,
 * methods, tags}. It holds the URL tokens, so it is written whole (temporary file, then move)
 * and readable by its owner only; the next demo run reads it to keep the same URLs.
 */
final class DemoFile {

    static final String NAME = "demo.json";
    private static final ObjectWriter WRITER = DemoJson.WRITER;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;

    DemoFile(Path dataDirectory) {
        this.file = dataDirectory.resolve(NAME);
    }

    Path path() {
        return file;
    }

    void write(List<DemoServer> servers) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".demo-", ".json");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            WRITER.writeValue(temporary.toFile(), servers);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The URL tokens of the previous run by server name; empty when there was none or the file is unreadable. */
    Map<String, String> previousTokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return tokens;
        }
        try {
            List<DemoServer> servers = MAPPER.readValue(file.toFile(), new TypeReference<List<DemoServer>>() { });
            for (DemoServer server : servers) {
                if (server.name() != null && server.url() != null) {
                    tokens.put(server.name(), server.token());
                }
            }
        } catch (IOException | RuntimeException e) {
            // A damaged file only costs new URLs; it is rewritten below.
            tokens.clear();
        }
        return tokens;
    }
}
