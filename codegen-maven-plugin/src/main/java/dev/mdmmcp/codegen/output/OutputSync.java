package dev.mdmmcp.codegen.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Brings a directory in line with freshly generated files: writes a file only when its bytes
 * changed (so unchanged sources keep their timestamps and do not recompile), and deletes the
 * files a previous run generated that this run did not.
 */
public final class OutputSync {

    private OutputSync() {
    }

    /**
     * @param root the output root
     * @param files the new files by path relative to {@code root}
     * @param previous the relative paths the previous run wrote
     * @param deleted receives the relative path of every file deleted
     * @return how many files were written or deleted
     */
    public static int sync(Path root, Map<String, byte[]> files, Collection<String> previous, Collection<String> deleted)
            throws IOException {
        int changed = 0;
        for (String stale : previous) {
            if (!files.containsKey(stale) && Files.deleteIfExists(root.resolve(stale))) {
                deleted.add(stale);
                changed++;
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (writeIfChanged(root.resolve(file.getKey()), file.getValue())) {
                changed++;
            }
        }
        return changed;
    }

    /** Writes {@code content} unless the file already holds exactly it. */
    public static boolean writeIfChanged(Path file, byte[] content) throws IOException {
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
            return false;
        }
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return true;
    }
}
