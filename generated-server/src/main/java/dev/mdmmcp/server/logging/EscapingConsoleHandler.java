package dev.mdmmcp.server.logging;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * The log handler of every command ({@code serve}, {@code demo}, {@code stdio}; named in
 * logging.properties): one line per record on stdout (stdio moves it to stderr), through the
 * {@link EscapingFormatter} so no request can write a line that looks like another. Like
 * Helidon's console handler it filters nothing itself (loggers do) and flushes every record.
 */
public final class EscapingConsoleHandler extends StreamHandler {

    public EscapingConsoleHandler() {
        super(System.out, new EscapingFormatter());
        setLevel(Level.ALL);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        super.publish(record);
        flush();
    }

    /** Flushes only: System.out is not this handler's to close. */
    @Override
    public synchronized void close() {
        flush();
    }
}
