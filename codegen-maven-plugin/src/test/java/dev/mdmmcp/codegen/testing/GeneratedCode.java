package dev.mdmmcp.codegen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with the JDK's compiler against the test classpath (tool-runtime,
 * Jackson annotations), with every lint warning an error: generated code must compile cleanly.
 */
public final class GeneratedCode {

    private GeneratedCode() {
    }

    /**
     * @return the compiler's complaints, empty when the sources compiled
     */
    public static List<String> compile(Path sourceRoot, Path classesDirectory) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
                Stream<Path> walk = Files.walk(sourceRoot)) {
            List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            Files.createDirectories(classesDirectory);
            List<String> options = List.of(
                    "-classpath", testClasspath(),
                    "-d", classesDirectory.toString(),
                    "--release", "21",
                    "-proc:none",
                    "-Xlint:all,-path,-processing",
                    "-Werror",
                    "-encoding", "UTF-8");
            boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<String> problems = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() != Diagnostic.Kind.NOTE) {
                    problems.add(diagnostic.toString());
                }
            }
            if (!ok && problems.isEmpty()) {
                problems.add("the compiler failed without saying why");
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class loader over the compiled classes and the test classpath, to load generated catalogs. */
    public static ClassLoader loader(Path classesDirectory, Path resourcesDirectory) {
        try {
            return new URLClassLoader(new URL[] {classesDirectory.toUri().toURL(), resourcesDirectory.toUri().toURL()},
                    GeneratedCode.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire runs tests from a manifest-only jar; it names the real classpath in a property. */
    private static String testClasspath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
