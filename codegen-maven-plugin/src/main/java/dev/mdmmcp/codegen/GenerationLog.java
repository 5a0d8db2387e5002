package dev.mdmmcp.codegen;

/** Where the generator reports progress: Maven's log in a build, a list in tests. */
public interface GenerationLog {

    void info(String message);

    void warn(String message);

    /** Discards everything. */
    GenerationLog SILENT = new GenerationLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }
    };
}
