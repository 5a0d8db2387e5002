package dev.mdmmcp.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class EscapingFormatterTest {

    private static final String EOL = System.lineSeparator();
    private final EscapingFormatter formatter = new EscapingFormatter(ZoneId.of("Europe/Zurich"));

    private static LogRecord record(Level level, String message) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("dev.mdmmcp.server.call");
        record.setInstant(Instant.parse("2026-01-02T03:04:05.006789Z"));
        return record;
    }

    @Test
    void aRecordIsOneLineWithLocalTimeToTheMillisecondLevelLoggerAndMessage() {
        assertThat(formatter.format(record(Level.INFO, "tool call request=1a2b outcome=ok")))
                .isEqualTo("2026-01-02T04:04:05.006 INFO dev.mdmmcp.server.call: tool call request=1a2b outcome=ok" + EOL);
    }

    @Test
    void controlCharactersAndLineSeparatorsInTheMessageAreEscaped() {
        String line = formatter.format(record(Level.WARNING, "tool=a\nb\rc\td\u0000e\u001bf\u2028g\u2029h\u007fi"));

        assertThat(line).isEqualTo("2026-01-02T04:04:05.006 WARNING dev.mdmmcp.server.call:"
                + " tool=a\\nb\\rc\\td\\u0000e\\u001bf\\u2028g\\u2029h\\u007fi" + EOL);
    }

    @Test
    void theLoggerNameIsEscapedAndAMissingOneIsWrittenAsNull() {
        LogRecord forged = record(Level.INFO, "m");
        forged.setLoggerName("x\ny");
        LogRecord nameless = record(Level.INFO, "m");
        nameless.setLoggerName(null);

        assertThat(formatter.format(forged)).isEqualTo("2026-01-02T04:04:05.006 INFO x\\ny: m" + EOL);
        assertThat(formatter.format(nameless)).isEqualTo("2026-01-02T04:04:05.006 INFO null: m" + EOL);
    }

    @Test
    void parametersOfTheMessageAreFilledIn() {
        LogRecord record = record(Level.INFO, "listening on {0}");
        record.setParameters(new Object[] {"port\n8080"});

        assertThat(formatter.format(record)).isEqualTo("2026-01-02T04:04:05.006 INFO dev.mdmmcp.server.call: listening on"
                + " port\\n8080" + EOL);
    }

    @Test
    void aStackTraceFollowsOnItsOwnLinesWithTheExceptionsMessagesEscaped() {
        LogRecord record = record(Level.SEVERE, "failed");
        record.setThrown(new IllegalStateException("outer\nforged", new IOException("inner\r\nforged")));

        String[] lines = formatter.format(record).split(EOL);

        assertThat(lines[0]).isEqualTo("2026-01-02T04:04:05.006 SEVERE dev.mdmmcp.server.call: failed");
        assertThat(lines[1]).isEqualTo("java.lang.IllegalStateException: outer\\nforged");
        assertThat(lines[2]).startsWith("\tat dev.mdmmcp.server.logging.EscapingFormatterTest.");
        assertThat(lines).contains("Caused by: java.io.IOException: inner\\r\\nforged");
    }

    @Test
    void escapeLeavesTextWithoutControlCharactersAsItIs() {
        String text = "tool call request=1a2b server=\"fleet\" ü";

        assertThat(EscapingFormatter.escape(text)).isSameAs(text);
        assertThat(EscapingFormatter.escape("a\u0085b")).isEqualTo("a\\u0085b");
        assertThat(EscapingFormatter.escape(null)).isNull();
    }
}
