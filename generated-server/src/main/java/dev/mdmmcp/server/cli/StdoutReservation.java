package dev.mdmmcp.server.cli;

import dev.mdmmcp.server.logging.EscapingFormatter;
import java.io.PrintStream;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps stdout for MCP messages in stdio mode: every log handler of the root logger (Helidon's
 * console handler writes to stdout) is replaced by one that writes to stderr with the same
 * format (the {@link EscapingFormatter} of logging.properties, one line per record), and
 * {@code System.out} itself is pointed at stderr, so a library that prints cannot
 * corrupt the protocol stream. The caller keeps the original stdout for the transport.
 */
final class StdoutReservation {

    private StdoutReservation() {
    }

    static void reserve(PrintStream stderr) {
        Logger root = Logger.getLogger("");
        Formatter formatter = new EscapingFormatter();
        for (Handler handler : root.getHandlers()) {
            if (handler.getFormatter() != null) {
                formatter = handler.getFormatter();
            }
            handler.flush();
            // Not closed: closing a console handler would close the stream it writes to.
            root.removeHandler(handler);
        }
        ConsoleHandler toStderr = new ConsoleHandler(); // writes to System.err
        toStderr.setLevel(Level.ALL);
        toStderr.setFormatter(formatter);
        root.addHandler(toStderr);
        System.setOut(stderr);
    }
}
