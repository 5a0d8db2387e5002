package dev.mdmmcp.server.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.pagination.PaginationStyle;
import dev.mdmmcp.server.result.ArgumentProblem;
import dev.mdmmcp.server.result.FailureReason;
import dev.mdmmcp.server.result.FailureReason.InvalidCursor.CursorProblem;
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
        PageCursor cursor = codec.decode(text.trim()).orElseThrow(() -> invalidCursor(toolName, CursorProblem.UNREADABLE));
        if (!cursor.scope().equals(scope)) {
            throw invalidCursor(toolName, CursorProblem.OTHER_TOOL);
        }
        if (!cursor.fingerprint().equals(fingerprint)) {
            throw invalidCursor(toolName, CursorProblem.OTHER_ARGUMENTS);
        }
        return cursor;
    }

    private static int pageSize(Integer limit, PageCursor cursor, PaginationStyle style, String toolName) {
        if (limit == null) {
            return cursor != null ? Math.min(cursor.pageSize(), style.maxPageSize()) : style.defaultPageSize();
        }
        if (limit < 1) {
            throw invalidLimit(new ArgumentProblem.Violation("limit", ArgumentProblem.Violation.Rule.MINIMUM, "1"));
        }
        if (limit > style.maxPageSize()) {
            throw invalidLimit(new ArgumentProblem.LimitTooHigh(toolName, style.maxPageSize()));
        }
        return limit;
    }

    private static ToolFailure invalidLimit(ArgumentProblem problem) {
        return new ToolFailure(FailureReason.InvalidArguments.of(problem));
    }

    private static ToolFailure invalidCursor(String toolName, CursorProblem problem) {
        return new ToolFailure(new FailureReason.InvalidCursor(toolName, problem));
    }
}
