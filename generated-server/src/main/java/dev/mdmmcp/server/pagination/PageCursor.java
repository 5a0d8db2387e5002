package dev.mdmmcp.server.pagination;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a {@code next_cursor} carries, inside its signature.
 *
 * @param scope the account and tool it was issued for
 * @param position where the next page starts: an offset, the last id, or the vendor's cursor
 * @param pageSize the page size used, reused when the next call gives no {@code limit}
 * @param fingerprint a hash of the other arguments of the call that issued it
 */
public record PageCursor(String scope, JsonNode position, int pageSize, String fingerprint) {
}
