package dev.mdmmcp.bench;

import dev.mdmmcp.codegen.GenerationLog;
import dev.mdmmcp.codegen.Generator;
import dev.mdmmcp.codegen.GeneratorSettings;
import dev.mdmmcp.codegen.VendorOutcome;
import dev.mdmmcp.codegen.testing.ReferenceVendor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Group 1: the generator (what the Maven plugin runs) timed in this JVM on fresh output folders:
 * both vendors of specs/ (first run and again with a warm JVM), then a record for every
 * operation of the full reference specs.
 */
final class CodegenTiming {

    private static final Map<String, String> REFERENCE_SPECS = Map.of(
            "kandji", "kandji-api-v1.yaml",
            "ninjaone", "ninjaone-public-api-2.0.9.yaml");

    private final Path work;

    CodegenTiming(Path work) {
        this.work = work;
    }

    void run(Path specs, Path reference, Table table) throws Exception {
        long first = generate(specs, "specs-1").nanos();
        generate(specs, "specs-2");
        Generation warm = generate(specs, "specs-3");
        table.add("1 codegen", "specs/ kandji + ninjaone (" + warm.tools() + " tools), first run in the JVM", ms(first));
        table.add("1 codegen", "specs/ kandji + ninjaone, warm JVM", ms(warm.nanos()));

        if (reference == null || !REFERENCE_SPECS.values().stream().allMatch(spec -> Files.isRegularFile(reference.resolve(spec)))) {
            table.add("1 codegen", "reference specs: not found (pass --reference DIR)", "-");
            return;
        }
        Path folder = work.resolve("reference-specs");
        int operations = 0;
        for (Map.Entry<String, String> spec : REFERENCE_SPECS.entrySet()) {
            operations += ReferenceVendor.write(reference.resolve(spec.getValue()), folder.resolve(spec.getKey()), spec.getKey())
                    .operations().size();
        }
        Generation all = generate(folder, "reference");
        table.add("1 codegen", "reference specs, every operation (" + operations + " operations, " + all.tools()
                + " tools)", ms(all.nanos()));
    }

    private record Generation(long nanos, int tools) {
    }

    private Generation generate(Path specs, String name) throws Exception {
        Path out = work.resolve(name);
        GeneratorSettings settings = new GeneratorSettings(specs, List.of(), GeneratorSettings.DEFAULT_BASE_PACKAGE,
                out.resolve("sources"), out.resolve("resources"), out.resolve("work"), out, "bench");
        long started = System.nanoTime();
        List<VendorOutcome> outcomes = new Generator(settings, GenerationLog.SILENT).run();
        long nanos = System.nanoTime() - started;
        int tools = outcomes.stream().mapToInt(outcome -> outcome.model().map(model -> model.tools().size()).orElse(0)).sum();
        delete(out);
        return new Generation(nanos, tools);
    }

    static String ms(long nanos) {
        return String.format("%,d ms", Math.round(nanos / 1_000_000.0));
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
