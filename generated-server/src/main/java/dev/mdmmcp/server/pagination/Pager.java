package dev.mdmmcp.server.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.server.upstream.UpstreamRequest;
import java.util.List;

/**
 * One vendor paging style, seen from the runtime: what to add to a request for a page, and how
 * to read the page and the position of the next one from the response. Positions are JSON values
 * so the opaque {@code next_cursor} can carry any of them.
 */
public interface Pager {

    /**
     * Adds the paging parameters of one page.
     *
     * @param position where the page starts, {@code null} for the first page
     */
    void prepare(UpstreamRequest.Builder request, JsonNode position, int pageSize);

    /**
     * Reads a page.
     *
     * @param response the whole response body
     * @param items the item array found in it
     * @param position the position the page was asked for, {@code null} for the first page
     * @throws PageReadException when the response lacks what the style needs to find the next page
     */
    Page read(JsonNode response, List<JsonNode> items, JsonNode position, int pageSize);

    /**
     * Where a page continues when only its first {@code kept} items are returned (the rest did not
     * fit into one result): the next call starts with item {@code kept}, so no item is skipped or
     * repeated.
     *
     * @param page the page {@link #read} gave for {@code position}
     * @param kept how many of its items are returned, at least 1 and fewer than all
     */
    JsonNode positionAfter(Page page, int kept, JsonNode position);
}
