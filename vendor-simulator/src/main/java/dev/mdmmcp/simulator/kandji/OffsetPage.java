package dev.mdmmcp.simulator.kandji;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.simulator.http.Query;
import dev.mdmmcp.simulator.http.VendorError;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kandji's limit + offset paging: {@code limit} is capped at the endpoint's maximum (300 for
 * devices and fleet inventory) like Kandji's hard upper limit, and list envelopes carry the
 * absolute URLs of the next and previous pages.
 */
final class OffsetPage {

    final int limit;
    final int offset;

    private OffsetPage(int limit, int offset) {
        this.limit = limit;
        this.offset = offset;
    }

    static OffsetPage of(Query query, int max) {
        int limit = query.integer("limit", max);
        int offset = query.integer("offset", 0);
        if (limit < 1) {
            throw VendorError.badRequest("limit must be a positive integer.");
        }
        if (offset < 0) {
            throw VendorError.badRequest("offset must be zero or a positive integer.");
        }
        return new OffsetPage(Math.min(limit, max), offset);
    }

    <T> List<T> slice(List<T> all) {
        int from = Math.min(offset, all.size());
        return all.subList(from, Math.min(all.size(), from + limit));
    }

    /** Adds {@code count}, {@code next} and {@code previous} as Kandji's list envelopes have them. */
    ObjectNode links(ObjectNode envelope, ServerRequest request, int count) {
        envelope.put("count", count);
        envelope.put("next", offset + limit < count ? url(request, Map.of("limit", limit, "offset", offset + limit)) : null);
        if (offset <= 0) {
            envelope.putNull("previous");
        } else {
            Map<String, Object> previous = new LinkedHashMap<>();
            previous.put("limit", limit);
            previous.put("offset", Math.max(0, offset - limit) == 0 ? null : offset - limit);
            envelope.put("previous", url(request, previous));
        }
        return envelope;
    }

    /** The absolute URL of this request with some query parameters replaced (null removes one). */
    static String url(ServerRequest request, Map<String, Object> replaced) {
        String host = request.headers().first(HeaderNames.HOST).orElse("localhost");
        StringBuilder url = new StringBuilder("http://").append(host).append(request.path().absolute().rawPath());
        List<String> pairs = new ArrayList<>();
        for (String name : request.query().names()) {
            if (!replaced.containsKey(name)) {
                for (String value : request.query().all(name)) {
                    pairs.add(encode(name) + "=" + encode(value));
                }
            }
        }
        replaced.forEach((name, value) -> {
            if (value != null) {
                pairs.add(encode(name) + "=" + encode(String.valueOf(value)));
            }
        });
        if (!pairs.isEmpty()) {
            url.append('?').append(String.join("&", pairs));
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
