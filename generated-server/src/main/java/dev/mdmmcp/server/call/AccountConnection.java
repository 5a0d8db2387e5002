package dev.mdmmcp.server.call;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.auth.Authenticator;
import dev.mdmmcp.server.auth.Authenticators;
import dev.mdmmcp.server.budget.BudgetLedger;
import dev.mdmmcp.server.budget.BudgetState;
import dev.mdmmcp.server.config.AccountConfig;
import dev.mdmmcp.server.fault.ReadRetry;
import dev.mdmmcp.server.upstream.HttpExchange;
import dev.mdmmcp.server.upstream.UpstreamFailures;
import dev.mdmmcp.server.upstream.UpstreamRequest;
import dev.mdmmcp.server.upstream.UpstreamResponse;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Map;

/**
 * Sends requests on behalf of one account: its base URL, its HTTP client with the account's
 * timeouts and response size limit, its authenticator (whose token cache is therefore shared by
 * every server of the account), and its {@link UpstreamGuard} (concurrency, circuit breaker, rate
 * budget, read retry).
 */
public final class AccountConnection implements AutoCloseable {

    private static final String USER_AGENT = "mdm-mcp";

    private final AccountConfig account;
    private final HttpExchange exchange;
    private final Authenticator authenticator;
    private final UpstreamGuard guard;
    private final ObjectMapper mapper;

    AccountConnection(AccountConfig account, HttpExchange exchange, Authenticator authenticator, UpstreamGuard guard,
            ObjectMapper mapper) {
        this.account = account;
        this.exchange = exchange;
        this.authenticator = authenticator;
        this.guard = guard;
        this.mapper = mapper;
    }

    /** @param ledger where the account's rate budget is kept; instances serving one account must share it */
    public static AccountConnection open(AccountConfig account, ObjectMapper mapper, Clock clock, BudgetLedger ledger) {
        HttpExchange exchange = new HttpExchange(account.baseUrl(), account.upstream().timeouts(),
                account.upstream().maxResponseBytes());
        return new AccountConnection(account, exchange, Authenticators.forAccount(account, exchange, clock),
                new UpstreamGuard(account, ledger, clock), mapper);
    }

    public AccountConfig account() {
        return account;
    }

    /** The account's rate budget now, for a result's {@code _meta}. */
    BudgetState budgetState() {
        return guard.budgetState();
    }

    /**
     * Sends {@code request} authenticated, through the account's guard. When the vendor answers 401
     * and the authenticator can renew its credentials (an expired OAuth2 token), the request is
     * sent once more: a 401 means the vendor did not act on it, so this is safe for writes too.
     *
     * @param caller the MCP server calling, so the account's concurrent slots are shared fairly
     * @param read whether the tool is a read (list or get), which alone may be sent twice
     * @throws dev.mdmmcp.server.result.ToolFailure when refused before sending, when no usable
     *         response came, or when credentials could not be obtained
     */
    UpstreamResponse send(UpstreamRequest request, UpstreamFailures failures, String caller, boolean read) {
        return guard.send(caller, ReadRetry.forCall(read, request.verb()), failures, pass -> {
            Map<String, String> credentials = authenticator.headers();
            UpstreamResponse response = pass.exchange(() -> exchange.exchange(httpRequest(request, credentials)));
            if (response.status() == 401 && authenticator.renewAfterRejection(credentials)) {
                response = pass.exchange(() -> exchange.exchange(httpRequest(request, authenticator.headers())));
            }
            return response;
        });
    }

    /** Stops the account's HTTP client; requests still running fail. */
    @Override
    public void close() {
        exchange.close();
    }

    private HttpRequest httpRequest(UpstreamRequest request, Map<String, String> credentials) {
        HttpRequest.Builder http = exchange.request(request.uriUnder(account.baseUrl()))
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
        request.headers().forEach(http::header);
        credentials.forEach(http::setHeader);
        if (request.body() == null) {
            return http.method(request.verb().name(), HttpRequest.BodyPublishers.noBody()).build();
        }
        try {
            byte[] body = mapper.writeValueAsBytes(request.body());
            return http.header("Content-Type", "application/json")
                    .method(request.verb().name(), HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
