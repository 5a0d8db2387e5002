package dev.mdmmcp.server.result;

import dev.mdmmcp.server.result.FailureReason.BreakerOpen;
import dev.mdmmcp.server.result.FailureReason.BreakerProbing;
import dev.mdmmcp.server.result.FailureReason.BudgetRefused;
import dev.mdmmcp.server.result.FailureReason.Busy;
import dev.mdmmcp.server.result.FailureReason.InternalError;
import dev.mdmmcp.server.result.FailureReason.InvalidArguments;
import dev.mdmmcp.server.result.FailureReason.InvalidCursor;
import dev.mdmmcp.server.result.FailureReason.MalformedBody;
import dev.mdmmcp.server.result.FailureReason.NoResponse;
import dev.mdmmcp.server.result.FailureReason.ResponseTooLarge;
import dev.mdmmcp.server.result.FailureReason.ResultTooLarge;
import dev.mdmmcp.server.result.FailureReason.TokenEndpointNoResponse;
import dev.mdmmcp.server.result.FailureReason.TokenEndpointStatus;
import dev.mdmmcp.server.result.FailureReason.TokenEndpointTooLarge;
import dev.mdmmcp.server.result.FailureReason.TokenMissing;
import dev.mdmmcp.server.result.FailureReason.ToolNotAvailable;
import dev.mdmmcp.server.result.FailureReason.UnknownTool;
import dev.mdmmcp.server.result.FailureReason.VendorStatus;

/**
 * The one place that writes what the model reads when a call fails, from the typed reasons the
 * lower layers throw: they say what happened, this class says it to the model (what went wrong,
 * whether anything was sent, what to do). The texts of each topic are written by a small writer
 * of this package ({@link VendorFailureTexts}, {@link BudgetFailureTexts},
 * {@link ArgumentFailureTexts}, {@link ResultSizeTexts}); this is their only entry point. README's
 * table of tool errors shows these texts, and a test holds the two together.
 */
public final class FailureMessages {

    private FailureMessages() {
    }

    /** What the model reads of {@code reason}. */
    public static String text(FailureReason reason) {
        return switch (reason) {
            case VendorStatus status -> VendorFailureTexts.status(status);
            case NoResponse noResponse -> VendorFailureTexts.noResponse(noResponse);
            case ResponseTooLarge tooLarge -> VendorFailureTexts.tooLarge(tooLarge);
            case MalformedBody malformed -> VendorFailureTexts.malformed(malformed);
            case TokenEndpointNoResponse noResponse -> VendorFailureTexts.tokenEndpoint(noResponse);
            case TokenEndpointTooLarge tooLarge -> VendorFailureTexts.tokenEndpoint(tooLarge);
            case TokenEndpointStatus status -> VendorFailureTexts.tokenEndpoint(status);
            case TokenMissing missing -> VendorFailureTexts.tokenEndpoint(missing);
            case BreakerOpen open -> VendorFailureTexts.breakerOpen(open);
            case BreakerProbing probing -> VendorFailureTexts.breakerProbing(probing);
            case Busy busy -> VendorFailureTexts.busy(busy);
            case BudgetRefused refused -> BudgetFailureTexts.refused(refused.refusal());
            case InvalidArguments invalid -> ArgumentFailureTexts.invalid(invalid);
            case InvalidCursor cursor -> ArgumentFailureTexts.cursor(cursor);
            case InternalError internal -> "The MCP server failed while running " + internal.tool() + " (request "
                    + internal.requestId() + "). This is a server fault, not a problem with the arguments; report the"
                    + " request id to the administrator.";
            case UnknownTool unknown -> "Unknown tool: " + unknown.name();
            case ToolNotAvailable hidden -> "Tool " + hidden.name() + " is not available on this server";
            case ResultTooLarge tooLarge -> ResultSizeTexts.tooLarge(tooLarge);
        };
    }

    /** Why no answer came, as a clause: {@code connection to acme.api.kandji.io:443 refused}. */
    public static String text(NoResponseCause cause) {
        return VendorFailureTexts.cause(cause);
    }
}
