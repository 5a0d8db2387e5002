package dev.mdmmcp.codegen.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over everything a vendor's output depends on: every file of its folder (path and
 * bytes), the generator itself and the generation parameters. Equal fingerprints mean the
 * output would come out byte for byte the same, so it need not be generated again.
 */
public final class Fingerprint {

    private final MessageDigest digest;

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static Fingerprint start() {
        return new Fingerprint();
    }

    /** Adds a named value, e.g. a parameter. */
    public Fingerprint add(String name, String value) {
        update(name);
        update(value == null ? "<null>" : value);
        return this;
    }

    /** Adds every regular file below {@code directory}, by relative path, in path order. */
    public Fingerprint addTree(Path directory) throws IOException {
        return addTree(directory, List.of());
    }

    /** Adds every regular file below {@code directory} but those named in {@code left out}, by relative path, in path order. */
    public Fingerprint addTree(Path directory, List<String> leftOut) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> !leftOut.contains(directory.relativize(file).toString().replace('\\', '/')))
                    .sorted().toList();
        }
        for (Path file : files) {
            update(directory.relativize(file).toString().replace('\\', '/'));
            byte[] content = Files.readAllBytes(file);
            update(Integer.toString(content.length));
            digest.update(content);
        }
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void update(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    /**
     * The generator's own identity: a hash of the jar (or class folder) it runs from, so a
     * rebuilt plugin regenerates even under an unchanged version number.
     */
    public static String ofCodeSource(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            Fingerprint fingerprint = start();
            if (Files.isDirectory(location)) {
                fingerprint.addTree(location);
            } else {
                fingerprint.add("jar", location.getFileName().toString());
                fingerprint.digest.update(Files.readAllBytes(location));
            }
            return fingerprint.hex();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
