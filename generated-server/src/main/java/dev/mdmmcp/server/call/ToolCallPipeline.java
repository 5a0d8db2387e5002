package dev.mdmmcp.server.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.pagination.PaginationBinding;
import dev.mdmmcp.server.budget.BudgetRefusal;
import dev.mdmmcp.server.budget.BudgetState;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.pagination.CursorCodec;
import dev.mdmmcp.server.pagination.ItemsPointer;
import dev.mdmmcp.server.pagination.ListPaging;
import dev.mdmmcp.server.pagination.Page;
import dev.mdmmcp.server.pagination.PagePlan;
import dev.mdmmcp.server.pagination.PageReadException;
import dev.mdmmcp.server.pagination.Pager;
import dev.mdmmcp.server.projection.FieldProjection;
import dev.mdmmcp.server.ratelimit.RateLimitHeaders;
import dev.mdmmcp.server.ratelimit.RateLimitInfo;
import dev.mdmmcp.server.result.BodyProblem;
import dev.mdmmcp.server.result.FailureReason;
import dev.mdmmcp.server.result.FieldCurator;
import dev.mdmmcp.server.result.Narrowing;
import dev.mdmmcp.server.result.Outcome;
import dev.mdmmcp.server.result.ResultBody;
import dev.mdmmcp.server.result.ResultCap;
import dev.mdmmcp.server.result.ResultShapes;
import dev.mdmmcp.server.result.ToolFailure;
import dev.mdmmcp.server.result.ToolResults;
import dev.mdmmcp.server.upstream.ResponseJson;
import dev.mdmmcp.server.upstream.UpstreamFailures;
import dev.mdmmcp.server.upstream.UpstreamRequest;
import dev.mdmmcp.server.upstream.UpstreamResponse;
import dev.mdmmcp.tool.PagedArguments;
import dev.mdmmcp.tool.VendorTool;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;

/**
 * One tool call, start to finish: validate the arguments against the schema, bind them into the
 * typed record, page, build and send the upstream request, and shape the result. Any failure
 * becomes an {@code isError} result the model can act on; one log line records the call. What
 * never changes per tool is bound once ({@link BoundTool}, see {@link #bind}); a call only runs it.
 */
public final class ToolCallPipeline {

    private final ObjectMapper mapper;
    /** By the generated tool instance: cheap to hash, one per tool for the process's life. */
    private final Map<VendorTool<?>, BoundTool<?>> bound = new ConcurrentHashMap<>();
    private final ListPaging paging;
    private final ResponseJson responseJson;
    private final ToolResults results;
    private final ResultCap cap;
    private final Clock clock;
    private final CallObserver observer;

    public ToolCallPipeline(ObjectMapper mapper, CursorCodec cursors, Clock clock) {
        this(mapper, cursors, ResultCap.DEFAULT_MAX_CHARS, clock, CallObserver.NONE);
    }

    /** @param resultMaxChars the largest result returned, see {@link ResultCap} */
    public ToolCallPipeline(ObjectMapper mapper, CursorCodec cursors, int resultMaxChars, Clock clock,
            CallObserver observer) {
        this.mapper = mapper;
        this.paging = new ListPaging(cursors);
        this.responseJson = new ResponseJson(mapper);
        this.results = new ToolResults(mapper);
        this.cap = new ResultCap(mapper, resultMaxChars);
        this.clock = clock;
        this.observer = observer;
    }

    private record Success(ResultBody body, RateLimitInfo rateLimit, int upstreamStatus) {
    }

    /**
     * The tool's bound form, made on its first call and kept: binding every tool at startup
     * (compiling about a hundred input schemas) cost seconds of start time on a loaded machine.
     */
    private BoundTool<?> bound(ToolEntry tool) {
        return bound.computeIfAbsent(tool.tool(), generated -> BoundTool.bind(tool, mapper));
    }

    public CallToolResult call(CallScope scope, AccountConnection account, ToolEntry tool, Map<String, Object> arguments) {
        long started = System.nanoTime();
        Outcome outcome = Outcome.OK;
        Integer upstreamStatus = null;
        try {
            BoundTool<?> bound = bound(tool);
            ObjectNode validated = bound.validator().validate(arguments);
            Success success = invoke(scope.serverName(), account, bound, validated);
            upstreamStatus = success.upstreamStatus();
            return results.success(success.body(), success.rateLimit(), budgetOf(account));
        } catch (ToolFailure failure) {
            outcome = failure.outcome();
            upstreamStatus = failure.upstreamStatus();
            return results.failure(failure, budgetOf(account));
        } catch (BudgetRefusal refusal) {
            ToolFailure failure = new ToolFailure(new FailureReason.BudgetRefused(refusal));
            outcome = failure.outcome();
            return results.failure(failure, budgetOf(account));
        } catch (RuntimeException e) {
            outcome = Outcome.INTERNAL_ERROR;
            // Operators get the fault's type and place; its message may quote argument values, so the
            // full exception is only logged at FINE. The model gets no internals.
            StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            CallLog.LOGGER.warning("tool call request=" + scope.requestId() + " failed inside the server: "
                    + e.getClass().getName() + (where == null ? "" : " at " + where));
            CallLog.LOGGER.log(Level.FINE, "tool call request=" + scope.requestId() + " failure", e);
            return results.failure(new ToolFailure(new FailureReason.InternalError(tool.name(), scope.requestId())),
                    budgetOf(account));
        } finally {
            long nanos = System.nanoTime() - started;
            CallLog.record(scope, tool.vendor().id(), tool.name(), outcome, upstreamStatus, nanos / 1_000_000);
            observer.callEnded(scope, tool, outcome, upstreamStatus, Duration.ofNanos(nanos));
        }
    }

    /** The account's budget for the result's {@code _meta}; a budget that cannot be read is left out. */
    private static BudgetState budgetOf(AccountConnection account) {
        try {
            return account.budgetState();
        } catch (RuntimeException e) {
            CallLog.LOGGER.log(Level.FINE, "the rate budget of account " + account.account().name() + " could not be read", e);
            return BudgetState.NONE;
        }
    }

    private <A extends Record> Success invoke(String caller, AccountConnection account, BoundTool<A> tool,
            ObjectNode validated) {
        A arguments = tool.tool().argumentsType().cast(tool.converter().convert(validated));
        UpstreamFailures failures = tool.failures();
        UpstreamRequest.Builder request = tool.binder().bind(arguments);
        ToolEntry entry = tool.entry();

        PaginationBinding pagination = tool.pagination();
        PagePlan plan = null;
        if (pagination != null) {
            String scope = account.account().name() + "/" + entry.vendor().id() + "/" + entry.name();
            plan = paging.plan(scope, entry.name(), pagination.style(), (PagedArguments) arguments, validated);
            tool.pager().prepare(request, plan.position(), plan.pageSize());
        }

        long sent = System.nanoTime();
        UpstreamResponse response = account.send(request.build(), failures, caller, tool.read());
        observer.upstreamAnswered(entry, Duration.ofNanos(System.nanoTime() - sent));
        RateLimitInfo rateLimit = RateLimitHeaders.read(response.headers(), clock.instant());
        if (!response.isSuccess()) {
            throw failures.forStatus(response, rateLimit, RateLimitHeaders.retryAfter(response.headers(), clock.instant()));
        }
        FieldCurator curator = FieldProjection.curatorFor(entry, validated);
        // Only a result that does not fit needs to know how the call could ask for less.
        Supplier<Narrowing> narrowing = () -> Narrowings.of(entry, validated, account.account().catalog());
        ResultBody body = pagination == null
                ? objectResult(response, failures, curator, narrowing)
                : listResult(response, failures, curator, pagination, tool.pager(), plan, narrowing);
        return new Success(body, rateLimit, response.status());
    }

    private ResultBody objectResult(UpstreamResponse response, UpstreamFailures failures, FieldCurator curator,
            Supplier<Narrowing> narrowing) {
        if (!response.hasBody()) {
            return cap.object(ResultShapes.emptyBody(response.status()), response.status(), narrowing);
        }
        return cap.object(ResultShapes.object(curator.curate(responseJson.parse(response, failures))), response.status(),
                narrowing);
    }

    private ResultBody listResult(UpstreamResponse response, UpstreamFailures failures, FieldCurator curator,
            PaginationBinding pagination, Pager pager, PagePlan plan, Supplier<Narrowing> narrowing) {
        if (!response.hasBody()) {
            throw failures.malformedBody(response, new BodyProblem.EmptyWhereListExpected());
        }
        JsonNode body = responseJson.parse(response, failures);
        try {
            List<JsonNode> items = ItemsPointer.itemsIn(body, pagination.itemsPointer());
            Page page = pager.read(body, items, plan.position(), plan.pageSize());
            List<JsonNode> curated = curator.curateEach(page.items());
            return cap.list(curated, kept -> nextCursor(plan, pager, page, kept), response.status(), narrowing);
        } catch (PageReadException e) {
            throw failures.malformedBody(response, e.problem());
        }
    }

    /**
     * The cursor after the first {@code kept} items of {@code page}: the page's own when all are
     * returned; else one that starts at the first item left out and asks for as many as fitted.
     */
    private String nextCursor(PagePlan plan, Pager pager, Page page, int kept) {
        if (kept == page.items().size()) {
            return page.isLast() ? null : paging.nextCursor(plan, page.nextPosition());
        }
        return paging.nextCursor(plan.withPageSize(kept), pager.positionAfter(page, kept, plan.position()));
    }
}
