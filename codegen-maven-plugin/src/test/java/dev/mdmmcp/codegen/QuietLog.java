package dev.mdmmcp.codegen;

import org.apache.maven.plugin.logging.SystemStreamLog;

/** Keeps Maven's log out of the test output. */
final class QuietLog extends SystemStreamLog {
    @Override
    public boolean isInfoEnabled() {
        return false;
    }

    @Override
    public void info(CharSequence content) {
    }

    @Override
    public void warn(CharSequence content) {
    }
}
