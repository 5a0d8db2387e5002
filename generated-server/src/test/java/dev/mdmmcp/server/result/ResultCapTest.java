package dev.mdmmcp.server.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.json.JsonMappers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class ResultCapTest {

    private static final ObjectMapper MAPPER = JsonMappers.create();
    private static final Narrowing NARROWING = new Narrowing("list_devices", true, false, List.of("platform"),
            List.of("get_device"));

    private static List<JsonNode> items(int count, int textLength) {
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode item = MAPPER.createObjectNode();
            item.put("id", "d" + i);
            item.put("text", "x".repeat(textLength));
            items.add(item);
        }
        return items;
    }

    /** A cursor naming how many items it follows. */
    private static final IntFunction<String> CURSORS = kept -> "cursor-after-" + kept;

    private static void assertTextIsTheStructuredContent(ResultBody body) throws Exception {
        assertThat(MAPPER.readTree(body.text())).isEqualTo(body.structured());
        assertThat(body.text()).isEqualTo(MAPPER.writeValueAsString(body.structured()));
    }

    @Test
    void aPageThatFitsIsReturnedWholeWithItsOwnCursorAndNoNote() throws Exception {
        ResultBody body = new ResultCap(MAPPER, 100_000).list(items(3, 10), CURSORS, 200, () -> NARROWING);

        assertThat(body.structured().get("items")).hasSize(3);
        assertThat(body.structured().get("next_cursor").asText()).isEqualTo("cursor-after-3");
        assertThat(body.structured().has("note")).isFalse();
        assertTextIsTheStructuredContent(body);
    }

    @Test
    void aPageThatDoesNotFitKeepsTheLongestPrefixThatFitsAndSaysSo() throws Exception {
        List<JsonNode> items = items(20, 300);

        ResultBody body = new ResultCap(MAPPER, 4_000).list(items, CURSORS, 200, () -> NARROWING);

        int kept = body.structured().get("items").size();
        assertThat(body.size()).isLessThanOrEqualTo(4_000);
        assertThat(body.size()).isEqualTo(2L * body.text().length());
        assertThat(kept).isBetween(1, 19);
        assertThat(body.structured().get("items")).containsExactlyElementsOf(items.subList(0, kept));
        assertThat(body.structured().get("next_cursor").asText()).isEqualTo("cursor-after-" + kept);
        assertThat(body.structured().get("note").asText()).isEqualTo("Only the first " + kept + " of the 20 items of"
                + " this page fit into one result of at most 4000 characters (result_max_chars); the others follow with"
                + " next_cursor. For more items per call, name only the fields you need in 'fields', or narrow the list"
                + " with its filters (platform).");
        assertTextIsTheStructuredContent(body);
        // The longest: with one more item the result would not have fitted.
        ObjectNode oneMore = ResultShapes.list(MAPPER.createArrayNode().addAll(items.subList(0, kept + 1)),
                CURSORS.apply(kept + 1));
        oneMore.put("note", ResultSizeTexts.shortenedPage(kept + 1, 20, 4_000, NARROWING));
        assertThat(2L * MAPPER.writeValueAsString(oneMore).length()).isGreaterThan(4_000);
    }

    @Test
    void theLastPageShortenedStillContinues() {
        ResultBody body = new ResultCap(MAPPER, 4_000).list(items(20, 300), kept -> kept == 20 ? null : "more",
                200, () -> NARROWING);

        assertThat(body.structured().get("next_cursor").asText()).isEqualTo("more");
    }

    @Test
    void aFirstItemTooLargeAloneIsRefusedWithItsSize() {
        List<JsonNode> items = items(2, 5_000);

        ToolFailure failure = catchThrowableOfType(ToolFailure.class,
                () -> new ResultCap(MAPPER, 4_000).list(items, CURSORS, 200, () -> NARROWING));

        FailureReason.ResultTooLarge tooLarge = (FailureReason.ResultTooLarge) failure.reason();
        assertThat(tooLarge.listItem()).isTrue();
        assertThat(tooLarge.size()).isEqualTo(2L * ("{\"items\":[" + items.get(0) + "]}").length());
        assertThat(tooLarge.maxChars()).isEqualTo(4_000);
        assertThat(failure.getMessage()).isEqualTo("The next item of list_devices alone would"
                + " make a result of " + tooLarge.size() + " characters, more than the 4000 characters this server returns"
                + " in one result (result_max_chars), so nothing was returned: a longer result would be cut off. Ask for"
                + " less: name only the fields you need in 'fields', or read the item with get_device.");
    }

    @Test
    void anObjectTooLargeIsRefusedAndOneThatFitsIsWrittenOnce() throws Exception {
        ObjectNode small = (ObjectNode) items(1, 10).get(0);
        ObjectNode large = (ObjectNode) items(1, 3_000).get(0);
        ResultCap cap = new ResultCap(MAPPER, 4_000);
        Narrowing whole = new Narrowing("get_device", true, true, List.of(), List.of());

        assertTextIsTheStructuredContent(cap.object(small, 200, () -> whole));
        ToolFailure failure = catchThrowableOfType(ToolFailure.class, () -> cap.object(large, 200, () -> whole));

        FailureReason.ResultTooLarge tooLarge = (FailureReason.ResultTooLarge) failure.reason();
        assertThat(tooLarge.listItem()).isFalse();
        assertThat(tooLarge.size()).isEqualTo(2L * large.toString().length());
        assertThat(failure.outcome()).isEqualTo(Outcome.RESULT_TOO_LARGE);
        assertThat(failure.upstreamStatus()).isEqualTo(200);
        assertThat(failure.getMessage()).isEqualTo("The result of get_device would be " + tooLarge.size() + " characters,"
                + " more than the 4000 characters this server returns in one result (result_max_chars), so it was not"
                + " returned: a longer result would be cut off. Ask for less: name the fields you need in 'fields'"
                + " instead of \"*\".");
    }

    @Test
    void anObjectNothingCanNarrowSaysSo() {
        Narrowing none = new Narrowing("get_report", false, false, List.of(), List.of());
        ToolFailure failure = catchThrowableOfType(ToolFailure.class,
                () -> new ResultCap(MAPPER, 2_000).object((ObjectNode) items(1, 3_000).get(0), 200, () -> none));

        assertThat(failure.getMessage()).endsWith("so it was not returned: a longer result"
                + " would be cut off. No argument of get_report makes it smaller; an administrator can raise"
                + " result_max_chars, but Claude cuts results above about 150000 characters.");
    }

    @Test
    void theAdviceIsOnlyWorkedOutForAResultThatDoesNotFit() {
        new ResultCap(MAPPER, 100_000).list(items(3, 10), CURSORS, 200, () -> {
            throw new AssertionError("asked for advice although the page fits");
        });
    }
}
