package dev.mdmmcp.server.call;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.auth.Authenticator;
import dev.mdmmcp.server.auth.Authenticators;
import dev.mdmmcp.server.config.AccountConfig;
import dev.mdmmcp.server.upstream.HttpExchange;
import dev.mdmmcp.server.upstream.UpstreamFailures;
import dev.mdmmcp.server.upstream.UpstreamIoException;
import dev.mdmmcp.server.upstream.UpstreamRequest;
import dev.mdmmcp.server.upstream.UpstreamResponse;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Map;

/**
 * Sends requests on behalf of one account: its base URL, its HTTP client with the vendor's
 * timeouts, and its authenticator (whose token cache is therefore shared by every server of
 * the account).
 */
public final class AccountConnection {

    private static final String USER_AGENT = "mdm-mcp";

    private final AccountConfig account;
    private final HttpExchange exchange;
    private final Authenticator authenticator;
    private final ObjectMapper mapper;

    AccountConnection(AccountConfig account, HttpExchange exchange, Authenticator authenticator, ObjectMapper mapper) {
        this.account = account;
        this.exchange = exchange;
        this.authenticator = authenticator;
        this.mapper = mapper;
    }

    public static AccountConnection open(AccountConfig account, ObjectMapper mapper, Clock clock) {
        HttpExchange exchange = new HttpExchange(account.baseUrl(), account.catalog().profile().timeouts());
        return new AccountConnection(account, exchange, Authenticators.forAccount(account, exchange, clock), mapper);
    }

    public AccountConfig account() {
        return account;
    }

    /**
     * Sends {@code request} authenticated. When the vendor answers 401 and the authenticator can
     * renew its credentials (an expired OAuth2 token), the request is sent once more: a 401 means
     * the vendor did not act on it, so this is safe for writes too. Nothing else is retried.
     *
     * @throws dev.mdmmcp.server.result.ToolFailure when no response came or credentials could not be obtained
     */
    UpstreamResponse send(UpstreamRequest request, UpstreamFailures failures) {
        try {
            Map<String, String> credentials = authenticator.headers();
            UpstreamResponse response = exchange.exchange(httpRequest(request, credentials));
            if (response.status() == 401 && authenticator.renewAfterRejection(credentials)) {
                response = exchange.exchange(httpRequest(request, authenticator.headers()));
            }
            return response;
        } catch (UpstreamIoException e) {
            throw failures.noResponse(e);
        }
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
