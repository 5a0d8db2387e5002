package dev.mdmmcp.simulator.ninjaone;

import dev.mdmmcp.simulator.http.Query;
import dev.mdmmcp.simulator.http.VendorError;

/** NinjaOne's page sizes: absent means the endpoint's default, above the maximum is capped, below the minimum refused. */
final class Paging {

    private Paging() {
    }

    static int pageSize(Query query, int absent, int min, int max) {
        long size = query.number("pageSize").orElse((long) absent);
        if (size < min) {
            throw VendorError.badRequest("pageSize must be at least " + min + ".");
        }
        return (int) Math.min(size, max);
    }
}
