package dev.mdmmcp.server.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.pagination.PaginationStyle;
import dev.mdmmcp.server.result.Outcome;
import dev.mdmmcp.server.result.ToolFailure;
import dev.mdmmcp.tool.PagedArguments;

/**
 * Presents every vendor's paging as {@code limit} + {@code next_cursor}: checks the limit against
 * the style, opens and checks the cursor the model passed back, and issues the next one.
 */
public final class ListPaging {

    private final CursorCodec codec;

    public ListPaging(CursorCodec codec) {
        this.codec = codec;
    }

    /**
     * @param scope identifies the account and tool; a cursor from another scope is refused
     * @param toolName the tool, for error messages
     * @param arguments the typed arguments, for {@code limit} and {@code next_cursor}
     * @param rawArguments the validated arguments, for the fingerprint of the others
     * @throws ToolFailure when the limit is out of range or the cursor is not valid here
     */
    public PagePlan plan(String scope, String toolName, PaginationStyle style, PagedArguments arguments,
            ObjectNode rawArguments) {
        String fingerprint = ArgumentFingerprint.of(rawArguments);
        PageCursor cursor = null;
        // An empty next_cursor is what some models send for "first page".
        if (arguments.nextCursor() != null && !arguments.nextCursor().isBlank()) {
            cursor = open(arguments.nextCursor(), scope, toolName, fingerprint);
        }
        int pageSize = pageSize(arguments.limit(), cursor, style, toolName);
        return new PagePlan(scope, cursor == null ? null : cursor.position(), pageSize, fingerprint);
    }

    /** The {@code next_cursor} that continues after {@code plan} at {@code nextPosition}. */
    public String nextCursor(PagePlan plan, JsonNode nextPosition) {
        return codec.encode(new PageCursor(plan.scope(), nextPosition, plan.pageSize(), plan.fingerprint()));
    }

    private PageCursor open(String text, String scope, String toolName, String fingerprint) {
        PageCursor cursor = codec.decode(text.trim()).orElseThrow(() -> invalidCursor(toolName,
                "This one was changed, cut short or issued before the server restarted."));
        if (!cursor.scope().equals(scope)) {
            throw invalidCursor(toolName, "This one was returned by another tool.");
        }
        if (!cursor.fingerprint().equals(fingerprint)) {
            throw invalidCursor(toolName, "This one was returned for other arguments; repeat them exactly,"
                    + " or leave next_cursor out to start again from the first page.");
        }
        return cursor;
    }

    private static int pageSize(Integer limit, PageCursor cursor, PaginationStyle style, String toolName) {
        if (limit == null) {
            return cursor != null ? Math.min(cursor.pageSize(), style.maxPageSize()) : style.defaultPageSize();
        }
        if (limit < 1) {
            throw ToolFailure.invalidArguments("argument 'limit' must be at least 1");
        }
        if (limit > style.maxPageSize()) {
            throw ToolFailure.invalidArguments("argument 'limit' must be at most " + style.maxPageSize()
                    + " for " + toolName + "; ask for " + style.maxPageSize()
                    + " or fewer and fetch more pages with next_cursor");
        }
        return limit;
    }

    private static ToolFailure invalidCursor(String toolName, String reason) {
        return new ToolFailure(Outcome.INVALID_CURSOR, "next_cursor is not valid for " + toolName
                + ": pass back the value from the previous result unchanged, with the same other arguments. " + reason);
    }
}
