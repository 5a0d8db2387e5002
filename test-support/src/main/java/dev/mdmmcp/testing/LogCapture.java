package dev.mdmmcp.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The records one logger publishes while this is open; closing detaches it and restores what it changed. */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger attachedTo;
    private final Logger opened;
    private final Level openedLevel;

    private LogCapture(Logger attachedTo, Logger opened) {
        this.attachedTo = attachedTo;
        this.opened = opened;
        this.openedLevel = opened == null ? null : opened.getLevel();
    }

    /** Captures what {@code loggerName} and the loggers below it publish. */
    public static LogCapture of(String loggerName) {
        return attach(new LogCapture(Logger.getLogger(loggerName), null));
    }

    /** Like {@link #of(String)}, with {@code openLogger} logging at every level while the capture is open. */
    public static LogCapture of(String loggerName, String openLogger) {
        return attach(new LogCapture(Logger.getLogger(loggerName), Logger.getLogger(openLogger)));
    }

    private static LogCapture attach(LogCapture capture) {
        if (capture.opened != null) {
            capture.opened.setLevel(Level.ALL);
        }
        capture.attachedTo.addHandler(capture);
        return capture;
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** Each record's message as written, unformatted. */
    public List<String> messages() {
        return records.stream().map(record -> String.valueOf(record.getMessage())).toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        attachedTo.removeHandler(this);
        if (opened != null) {
            opened.setLevel(openedLevel);
        }
    }
}
