package dev.mdmmcp.simulator.ninjaone;

import dev.mdmmcp.simulator.http.VendorError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The server-side cursors of {@code /v2/queries/*}, as NinjaOne keeps them: the first request
 * opens a cursor; each request that sends its name gets the next page and moves it on. A cursor
 * belongs to one query (endpoint and filters) and expires an hour after it was opened.
 */
final class QueryCursors {

    static final Duration LIFETIME = Duration.ofHours(1);
    private static final int MAX_OPEN = 10_000;

    /** A page to serve: where it starts, and the cursor's name and expiry. */
    record Position(String name, int offset, Instant expires) {
    }

    private record State(String query, int nextOffset, Instant expires) {
    }

    private final Clock clock;
    private final Map<String, State> open = new LinkedHashMap<>();

    QueryCursors(Clock clock) {
        this.clock = clock;
    }

    /** Where the page starts: at 0 for a new cursor, else where the named cursor stopped. */
    synchronized Position next(String cursor, String query, int pageSize) {
        Instant now = clock.instant();
        forgetExpired(now);
        if (cursor == null) {
            if (open.size() >= MAX_OPEN) {
                open.remove(open.keySet().iterator().next());
            }
            String name = UUID.randomUUID().toString();
            State state = new State(query, pageSize, now.plus(LIFETIME));
            open.put(name, state);
            return new Position(name, 0, state.expires());
        }
        State state = open.get(cursor);
        if (state == null) {
            throw VendorError.badRequest("Cursor '" + cursor + "' is unknown or has expired; start the query again without a cursor.");
        }
        if (!state.query().equals(query)) {
            throw VendorError.badRequest("Cursor '" + cursor + "' belongs to a different query; send the same filters as the first request.");
        }
        open.put(cursor, new State(query, state.nextOffset() + pageSize, state.expires()));
        return new Position(cursor, state.nextOffset(), state.expires());
    }

    private void forgetExpired(Instant now) {
        for (Iterator<State> states = open.values().iterator(); states.hasNext(); ) {
            if (!now.isBefore(states.next().expires())) {
                states.remove();
            }
        }
    }
}
