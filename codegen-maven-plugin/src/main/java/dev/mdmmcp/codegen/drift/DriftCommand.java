package dev.mdmmcp.codegen.drift;

import dev.mdmmcp.codegen.GeneratorSettings;
import dev.mdmmcp.codegen.problem.SpecProblemsException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bin/mdm-mcp drift --vendor V --spec FILE... [--baseline FILE...] [--specs DIR]}: prints
 * the drift report. Exits 0 when nothing drifted, 2 when something did, 1 on a usage or spec error.
 */
public final class DriftCommand {

    static final String USAGE = "usage: mdm-mcp drift --vendor V --spec FILE... [--baseline FILE...] [--specs DIR]";

    private DriftCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String vendor = null;
        Path specs = Path.of("specs");
        List<Path> newer = new ArrayList<>();
        List<Path> baseline = new ArrayList<>();
        List<Path> current = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--vendor" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, "--vendor needs a vendor id");
                    }
                    vendor = args[++i];
                    current = null;
                }
                case "--specs" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, "--specs needs a folder");
                    }
                    specs = Path.of(args[++i]);
                    current = null;
                }
                case "--spec" -> current = newer;
                case "--baseline" -> current = baseline;
                default -> {
                    if (current == null || args[i].startsWith("--")) {
                        return usage(err, "unexpected argument '" + args[i] + "'");
                    }
                    current.add(Path.of(args[i]));
                }
            }
        }
        if (vendor == null || newer.isEmpty()) {
            return usage(err, vendor == null ? "--vendor is required" : "--spec needs at least one file");
        }
        Path folder = specs.resolve(vendor);
        if (!Files.isRegularFile(folder.resolve("vendor.yaml"))) {
            return usage(err, "no vendor folder " + folder + " (with a vendor.yaml); --specs names the folder of vendor folders");
        }
        for (Path file : concat(newer, baseline)) {
            if (!Files.isRegularFile(file)) {
                return usage(err, "no such file: " + file);
            }
        }
        try {
            DriftReport report = new DriftAnalysis(GeneratorSettings.DEFAULT_BASE_PACKAGE)
                    .analyse(folder, "specs/" + vendor, newer, baseline);
            out.print(report.text());
            return report.hasDrift() ? 2 : 0;
        } catch (SpecProblemsException e) {
            err.println("mdm-mcp drift: " + e.getMessage());
            return 1;
        }
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("mdm-mcp drift: " + problem);
        err.println(USAGE);
        return 1;
    }
}
