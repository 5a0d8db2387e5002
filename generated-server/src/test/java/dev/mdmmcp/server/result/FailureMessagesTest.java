package dev.mdmmcp.server.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.result.ArgumentProblem.Violation;
import dev.mdmmcp.server.result.ArgumentProblem.Violation.Rule;
import dev.mdmmcp.server.result.FailureReason.VendorCall;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The texts the README's table does not show row by row: every variant of a reason's facts. */
class FailureMessagesTest {

    private static final VendorCall READ = new VendorCall("Kandji", "list_devices", false, List.of());

    private static String malformed(BodyProblem problem, String excerpt) {
        return FailureMessages.text(new FailureReason.MalformedBody(READ, 200, problem, excerpt));
    }

    @Test
    void pagedBodiesWithoutTheirItemsOrIdsNameWhatIsMissing() {
        assertThat(malformed(new BodyProblem.NoItemArray("/data"), "{}")).startsWith(
                "Kandji answered HTTP 200 with no item array at /data: \"{}\".");
        assertThat(malformed(new BodyProblem.NoItemArray(""), "{}")).startsWith(
                "Kandji answered HTTP 200 with a body that is not a JSON array of items: \"{}\".");
        assertThat(malformed(new BodyProblem.ItemsWithoutId("id"), "[{\"x\":1}]")).startsWith(
                "Kandji answered HTTP 200 with items without the 'id' field needed to page: \"[{\"x\":1}]\".");
    }

    @Test
    void aLongBodyIsQuotedOnlyUpTo200Characters() {
        assertThat(malformed(new BodyProblem.NotJson(), "x".repeat(300)))
                .contains("\"" + "x".repeat(200) + "...\".");
    }

    @Test
    void aWriteWithAnUnreadableSuccessBodyWasProbablyApplied() {
        VendorCall write = new VendorCall("Kandji", "update_device", true, List.of("device_id"));

        assertThat(FailureMessages.text(new FailureReason.MalformedBody(write, 200, new BodyProblem.NotJson(), "")))
                .isEqualTo("Kandji answered HTTP 200 with a body that is not valid JSON. The change was probably applied"
                        + " (the status was a success): check with a read tool before repeating it.");
    }

    @Test
    void everyCauseOfNoAnswerIsSaidAsAClause() {
        assertThat(FailureMessages.text(new NoResponseCause.ReadTimeout(Duration.ofMillis(1500))))
                .isEqualTo("no complete answer within 1.5 s");
        assertThat(FailureMessages.text(new NoResponseCause.ConnectTimeout("h:443", Duration.ofSeconds(5))))
                .isEqualTo("no connection to h:443 within 5 s");
        assertThat(FailureMessages.text(new NoResponseCause.UnknownHost("no-such-host.invalid")))
                .isEqualTo("the host name no-such-host.invalid does not resolve");
        assertThat(FailureMessages.text(new NoResponseCause.Refused("h:443"))).isEqualTo("connection to h:443 refused");
        assertThat(FailureMessages.text(new NoResponseCause.Broken("Connection reset")))
                .isEqualTo("the connection broke (Connection reset)");
        assertThat(FailureMessages.text(new NoResponseCause.Interrupted())).isEqualTo("interrupted while waiting");
        assertThat(FailureMessages.text(new NoResponseCause.ConnectFailed("Network is down"))).isEqualTo("Network is down");
    }

    @Test
    void problemsFoundWhereTheToolIsNotKnownAreNamedAlone() {
        assertThat(FailureMessages.text(FailureReason.InvalidArguments.of(new ArgumentProblem.NotAnId("device_id", ".."))))
                .isEqualTo("argument 'device_id' must be an id, not '..': pass the value a list or get tool returned");
        assertThat(FailureMessages.text(FailureReason.InvalidArguments.of(new ArgumentProblem.LimitTooHigh("list_devices", 300))))
                .isEqualTo("argument 'limit' must be at most 300 for list_devices; ask for 300 or fewer and fetch more"
                        + " pages with next_cursor");
    }

    @Test
    void ruleViolationsSayWhatWasExpected() {
        assertThat(FailureMessages.text(new FailureReason.InvalidArguments("search_tools", List.of(
                new Violation("limit", Rule.INTEGER_RANGE, "1", "50"),
                new Violation("ids", Rule.TYPE, "array", "string"),
                new Violation("os", Rule.ONE_OF, "macOS", "iOS"),
                new Violation("ids", Rule.UNIQUE_ITEMS),
                new ArgumentProblem.Unknown(List.of("a", "b"), List.of())))))
                .isEqualTo("Invalid arguments for search_tools: argument 'limit' must be an integer from 1 to 50;"
                        + " argument 'ids' must be an array or a string; argument 'os' must be one of: macOS, iOS;"
                        + " argument 'ids' must not repeat items; unknown arguments 'a', 'b' (this tool takes no"
                        + " arguments).");
    }
}
