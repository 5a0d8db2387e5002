package dev.mdmmcp.server.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.budget.BudgetLimits;
import dev.mdmmcp.server.budget.BudgetRefusal;
import dev.mdmmcp.server.budget.Reservation;
import dev.mdmmcp.server.ratelimit.RateLimitInfo;
import dev.mdmmcp.server.result.ArgumentProblem.Unknown;
import dev.mdmmcp.server.result.ArgumentProblem.Violation;
import dev.mdmmcp.server.result.ArgumentProblem.Violation.Rule;
import dev.mdmmcp.server.result.FailureReason.InvalidCursor.CursorProblem;
import dev.mdmmcp.server.result.FailureReason.VendorCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's table of tool errors ("Upstream discipline: rate budget and faults") is what
 * {@link FailureMessages} writes: each row's situation names an example reason below, rendered
 * with the table's example values (account {@code kandji-prod} of Kandji) it must read as the row
 * says, where the row's {@code ...} stands for a part that varies, and its outcome must be the
 * row's. Every kind of reason has a row, and every row a reason, so neither can change alone.
 */
class ToolErrorTableTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String TABLE_INTRO = "The tool errors (account `kandji-prod`;";
    private static final Pattern ROW = Pattern.compile("^\\| (.+?) \\[`([a-z_]+)`] \\| (.+) \\|$");

    private static final String KANDJI = "Kandji";
    private static final String ACCOUNT = "kandji-prod";
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final BudgetLimits KANDJI_LIMITS = new BudgetLimits(50, 10_000, 80);
    private static final Duration MAX_WAIT = Duration.ofSeconds(2);
    private static final VendorCall READ = new VendorCall(KANDJI, "list_devices", false, List.of());
    private static final VendorCall GET = new VendorCall(KANDJI, "get_device", false, List.of("device_id"));
    private static final VendorCall WRITE = new VendorCall(KANDJI, "update_device", true, List.of("device_id"));
    private static final Optional<String> SAID = Optional.of("vendor's message");

    /** The example reason of each row, by the row's situation. */
    private static Map<String, FailureReason> examples() {
        Map<String, FailureReason> rows = new LinkedHashMap<>();
        rows.put("burst beyond the wait", budget(Reservation.Reason.PER_SECOND, 1));
        rows.put("hour spent", budget(Reservation.Reason.PER_HOUR, 960));
        rows.put("after a 429", budget(Reservation.Reason.VENDOR_PAUSE, 30));
        rows.put("vendor's count low", budget(Reservation.Reason.VENDOR_HEADROOM, 600));
        rows.put("server stopping", new FailureReason.BudgetRefused(BudgetRefusal.other(BudgetRefusal.Kind.STOPPING,
                ACCOUNT, KANDJI, KANDJI_LIMITS, MAX_WAIT)));
        rows.put("the 429 itself", new FailureReason.VendorStatus(READ, 429, SAID, new RateLimitInfo(null, 0L, 30L),
                Optional.of(30L)));
        rows.put("store unreachable (`db_url`)", new FailureReason.BudgetRefused(BudgetRefusal.other(
                BudgetRefusal.Kind.LEDGER_UNREACHABLE, ACCOUNT, KANDJI, KANDJI_LIMITS, MAX_WAIT)));
        rows.put("all slots busy", new FailureReason.Busy(ACCOUNT, KANDJI, 8, MAX_WAIT));
        rows.put("breaker open", new FailureReason.BreakerOpen(KANDJI, ACCOUNT, 5, Duration.ofSeconds(30),
                NOW.plusSeconds(30), NOW));
        rows.put("breaker testing", new FailureReason.BreakerProbing(KANDJI, ACCOUNT));
        rows.put("timeout, read", new FailureReason.NoResponse(READ, new NoResponseCause.ReadTimeout(Duration.ofSeconds(30))));
        rows.put("timeout, write", new FailureReason.NoResponse(WRITE, new NoResponseCause.ReadTimeout(Duration.ofSeconds(30))));
        rows.put("connection broke, read", new FailureReason.NoResponse(READ, new NoResponseCause.Broken("Connection reset")));
        rows.put("connection broke, write", new FailureReason.NoResponse(WRITE, new NoResponseCause.Broken("Connection reset")));
        rows.put("no connection", new FailureReason.NoResponse(READ, new NoResponseCause.Refused("acme.api.kandji.io:443")));
        rows.put("credentials rejected (401)", new FailureReason.VendorStatus(READ, 401, SAID, RateLimitInfo.NONE, Optional.empty()));
        rows.put("permission missing (403)", new FailureReason.VendorStatus(WRITE, 403, SAID, RateLimitInfo.NONE, Optional.empty()));
        rows.put("no such object (404)", new FailureReason.VendorStatus(GET, 404, SAID, RateLimitInfo.NONE, Optional.empty()));
        rows.put("other 4xx (422)", new FailureReason.VendorStatus(WRITE, 422, SAID, RateLimitInfo.NONE, Optional.empty()));
        rows.put("5xx, read", new FailureReason.VendorStatus(READ, 503, SAID, RateLimitInfo.NONE, Optional.empty()));
        rows.put("5xx, write", new FailureReason.VendorStatus(WRITE, 503, SAID, RateLimitInfo.NONE, Optional.empty()));
        rows.put("not JSON", new FailureReason.MalformedBody(READ, 200, new BodyProblem.NotJson(), "<html><body>"));
        rows.put("truncated", new FailureReason.MalformedBody(READ, 200, new BodyProblem.Truncated(), "[{\"id\":"));
        rows.put("empty where a list was expected", new FailureReason.MalformedBody(READ, 200,
                new BodyProblem.EmptyWhereListExpected(), ""));
        rows.put("too large, read", new FailureReason.ResponseTooLarge(READ, 200, 4_194_304));
        rows.put("too large, write", new FailureReason.ResponseTooLarge(WRITE, 200, 4_194_304));
        rows.put("result too large", new FailureReason.ResultTooLarge(false, 212_480, 100_000,
                new Narrowing("get_device_details", true, true, List.of(), List.of()), 200));
        rows.put("list item too large", new FailureReason.ResultTooLarge(true, 104_122, 100_000,
                new Narrowing("list_devices", true, false, List.of("platform"),
                        List.of("get_device", "list_applications", "get_device_status", "get_device_details")), 200));
        rows.put("token endpoint unreachable", new FailureReason.TokenEndpointNoResponse("NinjaOne",
                new NoResponseCause.ConnectTimeout("app.ninjarmm.com:443", Duration.ofSeconds(5))));
        rows.put("token endpoint refuses", new FailureReason.TokenEndpointStatus("NinjaOne", 401,
                Optional.of("invalid_client")));
        rows.put("token endpoint fails", new FailureReason.TokenEndpointStatus("NinjaOne", 503, Optional.empty()));
        rows.put("token endpoint: no token", new FailureReason.TokenMissing("NinjaOne", 200));
        rows.put("token endpoint: too large", new FailureReason.TokenEndpointTooLarge("NinjaOne", 200, 4_194_304));
        rows.put("bad arguments", new FailureReason.InvalidArguments("list_devices", List.of(
                new Unknown(List.of("serial"), List.of("platform", "limit", "next_cursor")),
                new Violation("limit", Rule.TYPE, "integer"))));
        rows.put("bad next_cursor", new FailureReason.InvalidCursor("list_devices", CursorProblem.OTHER_ARGUMENTS));
        rows.put("server fault", new FailureReason.InternalError("list_devices", "a1b2c3d4"));
        rows.put("unknown tool", new FailureReason.UnknownTool("lock_devices"));
        rows.put("tool left out", new FailureReason.ToolNotAvailable("delete_device"));
        return rows;
    }

    private static FailureReason budget(Reservation.Reason limit, long secondsLeft) {
        Reservation.Refused refused = new Reservation.Refused(limit, NOW.plusSeconds(secondsLeft).toEpochMilli());
        return new FailureReason.BudgetRefused(BudgetRefusal.spent(refused, ACCOUNT, KANDJI, KANDJI_LIMITS, MAX_WAIT,
                NOW.toEpochMilli()));
    }

    private record Row(String situation, String outcome, String message) {
    }

    private static List<Row> table() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int intro = lines.indexOf(lines.stream().filter(line -> line.startsWith(TABLE_INTRO)).findFirst()
                .orElseThrow(() -> new AssertionError("README has no line starting with " + TABLE_INTRO)));
        return lines.stream().skip(intro + 4).takeWhile(line -> line.startsWith("|"))
                .map(line -> {
                    Matcher row = ROW.matcher(line);
                    assertThat(row.matches()).as("README row in the form | situation [`outcome`] | message |: %s", line)
                            .isTrue();
                    return new Row(row.group(1), row.group(2), row.group(3));
                })
                .toList();
    }

    /** The row's message as a pattern: {@code ...} stands for any text, HTML entities for their characters. */
    private static Pattern pattern(String message) {
        String text = message.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        return Pattern.compile(Arrays.stream(text.split("\\.\\.\\.", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*")), Pattern.DOTALL);
    }

    @Test
    void everyRowReadsAsFailureMessagesWritesItsExample() throws IOException {
        Map<String, FailureReason> examples = examples();
        for (Row row : table()) {
            FailureReason reason = examples.get(row.situation());
            assertThat(reason).as("README row '%s' has no example reason in this test", row.situation()).isNotNull();
            String text = FailureMessages.text(reason);
            assertThat(text).as("README row '%s'", row.situation()).matches(pattern(row.message()));
            assertThat(reason.outcome().logName()).as("outcome of README row '%s'", row.situation())
                    .isEqualTo(row.outcome());
        }
    }

    @Test
    void everyExampleHasItsRowInTheReadme() throws IOException {
        Set<String> situations = table().stream().map(Row::situation).collect(Collectors.toSet());

        assertThat(situations).as("the README's table of tool errors").containsAll(examples().keySet());
    }

    @Test
    void everyKindOfReasonHasARow() {
        Set<Class<?>> shown = examples().values().stream().map(Object::getClass).collect(Collectors.toSet());

        assertThat(shown).as("reasons with an example row")
                .containsAll(Arrays.asList(FailureReason.class.getPermittedSubclasses()));
    }

    @Test
    void anEllipsisStandsForAnyTextAndNothingElseVaries() {
        assertThat("Kandji failed (HTTP 503): down.").matches(pattern("Kandji failed (HTTP 503): ..."));
        assertThat("Kandji failed (HTTP 502): down.").doesNotMatch(pattern("Kandji failed (HTTP 503): ..."));
        assertThat("a \"<html>\" b").matches(pattern("a \"&lt;html&gt;\" b"));
    }
}
