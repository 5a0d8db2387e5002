package dev.mdmmcp.it.fuzz;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One fuzz case sent and its answer checked for what no request may cause: no answer, a 5xx, or
 * internals (a stack trace, an exception, a library's package) in the body. Statuses are counted.
 */
record FuzzExchange(HttpResponse<String> response, Optional<String> problem) {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** What leaks of a Java stack trace or exception look like in a body. */
    private static final Pattern LEAKED_INTERNALS = Pattern.compile("\\bat [a-z]+\\.[a-zA-Z_.$]+\\(|Exception\\b"
            + "|\\.java:\\d+|java\\.(lang|util|io)\\.|com\\.fasterxml|io\\.modelcontextprotocol|io\\.helidon|org\\.h2");

    /** Sends {@code request} (built with its timeout) and counts the answer's status in {@code statuses}. */
    static FuzzExchange send(HttpRequest request, Map<Integer, Integer> statuses) {
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return failed("no answer within " + request.timeout().orElseThrow().toSeconds() + " s");
        } catch (IOException e) {
            return failed("connection failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted");
        }
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        if (status >= 500) {
            return new FuzzExchange(response, Optional.of("HTTP " + status + ": " + response.body()));
        }
        if (LEAKED_INTERNALS.matcher(response.body()).find()) {
            return new FuzzExchange(response, Optional.of("internals in the body: " + response.body()));
        }
        return new FuzzExchange(response, Optional.empty());
    }

    private static FuzzExchange failed(String problem) {
        return new FuzzExchange(null, Optional.of(problem));
    }
}
