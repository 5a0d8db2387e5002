package dev.mdmmcp.codegen.lock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.codegen.model.VendorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The committed tool surface of one vendor, {@code specs/<vendor>/tools.lock.json}: generation
 * compares the surface it would emit with it. A missing lock is written; a different one stops
 * the build with the tool-level diff, unless changes are accepted, which rewrites it.
 */
public final class ToolLock {

    /** The property (and mojo parameter) that accepts tool surface changes. */
    public static final String ACCEPT_PROPERTY = "mdm-mcp.acceptToolChanges";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolLock() {
    }

    /** What comparing a vendor's surface with its lock found. */
    public record Check(Path file, byte[] surface, Status status, List<SurfaceChange> changes) {

        /** Writes the surface to the lock when the lock is missing, or changes were accepted. */
        public boolean write() throws IOException {
            if (status == Status.UNCHANGED || status == Status.REFUSED) {
                return false;
            }
            Files.write(file, surface);
            return true;
        }
    }

    public enum Status {
        /** The lock holds exactly this surface. */
        UNCHANGED,
        /** There was no lock; it is written. */
        NEW,
        /** The surface changed and changes are accepted: the lock is rewritten. */
        ACCEPTED,
        /** The surface changed and changes are not accepted: the build stops. */
        REFUSED
    }

    public static Check check(Path vendorFolder, VendorModel model, boolean accept) throws IOException {
        Path file = vendorFolder.resolve(ToolSurface.LOCK_FILE);
        byte[] bytes = ToolSurface.bytes(ToolSurface.of(model));
        JsonNode surface = JSON.readTree(bytes); // read back, so both sides compare as parsed JSON
        if (!Files.isRegularFile(file)) {
            return new Check(file, bytes, Status.NEW, ToolSurfaceDiff.between(JSON.createObjectNode(), surface));
        }
        byte[] locked = Files.readAllBytes(file);
        if (Arrays.equals(locked, bytes)) {
            return new Check(file, bytes, Status.UNCHANGED, List.of());
        }
        JsonNode before;
        try {
            before = JSON.readTree(locked);
        } catch (IOException e) {
            before = JSON.createObjectNode(); // an unreadable lock: every tool shows as added
        }
        List<SurfaceChange> changes = ToolSurfaceDiff.between(before, surface);
        return new Check(file, bytes, accept ? Status.ACCEPTED : Status.REFUSED, changes);
    }

    /** The readable diff: one line per change, tool by tool, each with whom it breaks. */
    public static String describe(List<SurfaceChange> changes) {
        if (changes.isEmpty()) {
            return "  (only the lock's layout differs)";
        }
        StringBuilder text = new StringBuilder();
        for (SurfaceChange change : changes) {
            text.append("\n    ").append(change.tool()).append(": ").append(change.what())
                    .append("  [").append(change.impact()).append(']');
        }
        long breaking = changes.stream().filter(SurfaceChange::isBreaking).count();
        return text.append("\n    ").append(changes.size()).append(changes.size() == 1 ? " change, " : " changes, ")
                .append(breaking).append(" breaking").toString();
    }
}
