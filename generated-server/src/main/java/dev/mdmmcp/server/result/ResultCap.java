package dev.mdmmcp.server.result;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Keeps every successful result within {@code result_max_chars} ({@link ResultBody#size()}),
 * because Claude cuts a tool result at about 150,000 characters and nothing may be cut silently.
 * A list page that is too large is shortened to the longest prefix of its items that fits, with a
 * {@code note} saying so and the {@code next_cursor} of the first item left out; one object (a
 * get tool's result, or the first item of a page) that does not fit alone is a
 * {@link FailureReason.ResultTooLarge} tool failure.
 *
 * <p>The text is written once, item by item, and measured as it is written: the check costs no
 * second serialisation.
 */
public final class ResultCap {

    public static final int DEFAULT_MAX_CHARS = 100_000;
    public static final String NOTE = "note";

    private final ObjectMapper mapper;
    private final int maxChars;

    public ResultCap(ObjectMapper mapper, int maxChars) {
        this.mapper = mapper;
        this.maxChars = maxChars;
    }

    /**
     * A non-list result, whole.
     *
     * @param upstreamStatus the vendor's status, for the failure when it does not fit
     * @throws ToolFailure when it is larger than the cap
     */
    public ResultBody object(ObjectNode structured, int upstreamStatus, Supplier<Narrowing> narrowing) {
        ResultBody body;
        try {
            body = new ResultBody(structured, mapper.writeValueAsString(structured));
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON tree could not be written", e);
        }
        if (body.size() > maxChars) {
            throw tooLarge(false, body.size(), upstreamStatus, narrowing.get());
        }
        return body;
    }

    /**
     * A list page: all its items when they fit, else the longest prefix that fits.
     *
     * @param items the page's curated items
     * @param nextCursorAfter the {@code next_cursor} that continues after the first {@code n} items,
     *     {@code null} when none follow ({@code n} is the page's size when all fit)
     * @throws ToolFailure when not even the first item fits
     */
    public ResultBody list(List<JsonNode> items, IntFunction<String> nextCursorAfter, int upstreamStatus,
            Supplier<Narrowing> narrowing) {
        StringWriter out = new StringWriter();
        // Where each item's text ends: a shortened page is the text up to one of them, closed again.
        int[] ends = new int[items.size()];
        String nextCursor = nextCursorAfter.apply(items.size());
        try (JsonGenerator json = mapper.createGenerator(out)) {
            // One serialisation context for the whole page rather than one per item.
            SerializerProvider provider = mapper.getSerializerProviderInstance();
            json.writeStartObject();
            json.writeArrayFieldStart(ResultShapes.ITEMS);
            for (int i = 0; i < items.size(); i++) {
                items.get(i).serialize(json, provider);
                // What the writer holds plus what the generator still buffers: no flush per item.
                ends[i] = out.getBuffer().length() + json.getOutputBuffered();
            }
            json.writeEndArray();
            if (nextCursor != null) {
                json.writeStringField(ResultShapes.NEXT_CURSOR, nextCursor);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON tree could not be written", e);
        }
        if (ResultBody.sizeOf(out.getBuffer().length()) <= maxChars) {
            return new ResultBody(ResultShapes.list(array(items, items.size()), nextCursor), out.toString());
        }
        return shortened(items, ends, out.getBuffer(), nextCursorAfter, upstreamStatus, narrowing.get());
    }

    private ResultBody shortened(List<JsonNode> items, int[] ends, StringBuffer written, IntFunction<String> nextCursorAfter,
            int upstreamStatus, Narrowing narrowing) {
        long textLimit = maxChars / 2;
        // The closing part (cursor and note) hardly varies with the number kept: guess it from the
        // longest candidate, start with the most items that leave room for it, and step down until one fits.
        int kept = items.size() - 1;
        int guess = closing(nextCursorAfter.apply(Math.max(kept, 1)), note(Math.max(kept, 1), items.size(), narrowing)).length();
        while (kept >= 1 && ends[kept - 1] + guess > textLimit) {
            kept--;
        }
        for (; kept >= 1; kept--) {
            String nextCursor = nextCursorAfter.apply(kept);
            String note = note(kept, items.size(), narrowing);
            String closing = closing(nextCursor, note);
            if (ends[kept - 1] + closing.length() <= textLimit) {
                ObjectNode structured = ResultShapes.list(array(items, kept), nextCursor);
                structured.put(NOTE, note);
                return new ResultBody(structured, written.substring(0, ends[kept - 1]) + closing);
            }
        }
        long firstAlone = ResultBody.sizeOf(ends.length == 0 ? 0 : ends[0] + "]}".length());
        throw tooLarge(true, firstAlone, upstreamStatus, narrowing);
    }

    private ToolFailure tooLarge(boolean listItem, long size, int upstreamStatus, Narrowing narrowing) {
        return new ToolFailure(new FailureReason.ResultTooLarge(listItem, size, maxChars, narrowing, upstreamStatus));
    }

    private String note(int kept, int total, Narrowing narrowing) {
        return ResultSizeTexts.shortenedPage(kept, total, maxChars, narrowing);
    }

    /** The text after the last item kept: the array's end, the cursor and the note. */
    private String closing(String nextCursor, String note) {
        try {
            return "]" + (nextCursor == null ? "" : ",\"" + ResultShapes.NEXT_CURSOR + "\":" + mapper.writeValueAsString(nextCursor))
                    + ",\"" + NOTE + "\":" + mapper.writeValueAsString(note) + "}";
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON string could not be written", e);
        }
    }

    private static ArrayNode array(List<JsonNode> items, int count) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode(count);
        for (int i = 0; i < count; i++) {
            array.add(items.get(i));
        }
        return array;
    }
}
