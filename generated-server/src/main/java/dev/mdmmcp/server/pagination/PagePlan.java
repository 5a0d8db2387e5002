package dev.mdmmcp.server.pagination;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The page one list call asks for.
 *
 * @param scope the account and tool, bound into the next cursor
 * @param position where the page starts, {@code null} for the first page
 * @param pageSize how many items to ask for
 * @param fingerprint the hash of the call's other arguments, bound into the next cursor
 */
public record PagePlan(String scope, JsonNode position, int pageSize, String fingerprint) {

    /** The same plan asking for another number of items, e.g. as many as fitted into the last result. */
    public PagePlan withPageSize(int otherPageSize) {
        return new PagePlan(scope, position, otherPageSize, fingerprint);
    }
}
