package dev.mdmmcp.server.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.mdmmcp.http.HttpVerb;
import dev.mdmmcp.http.ParameterLocation;
import dev.mdmmcp.pagination.AfterIdPagination;
import dev.mdmmcp.pagination.CursorPagination;
import dev.mdmmcp.pagination.LocalPagination;
import dev.mdmmcp.pagination.OffsetPagination;
import dev.mdmmcp.server.result.BodyProblem;
import dev.mdmmcp.server.upstream.QueryParameter;
import dev.mdmmcp.server.upstream.UpstreamRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagersTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<JsonNode> items(JsonNode array) {
        return ItemsPointer.itemsIn(array, "");
    }

    private static UpstreamRequest prepared(Pager pager, JsonNode position, int pageSize) {
        UpstreamRequest.Builder request = UpstreamRequest.builder(HttpVerb.GET);
        pager.prepare(request, position, pageSize);
        return request.build();
    }

    @Test
    void offsetFirstPageSendsOnlyTheLimitAndAFullPageContinuesAtOffsetPlusLimit() {
        Pager pager = Pagers.forStyle(new OffsetPagination("offset", ParameterLocation.QUERY, "limit", "offset", 50, 300));

        assertThat(prepared(pager, null, 2).query()).containsExactly(new QueryParameter("limit", "2"));
        assertThat(prepared(pager, LongNode.valueOf(4), 2).query())
                .containsExactly(new QueryParameter("limit", "2"), new QueryParameter("offset", "4"));

        JsonNode full = json("[{\"id\":1},{\"id\":2}]");
        assertThat(pager.read(full, items(full), null, 2).nextPosition()).isEqualTo(LongNode.valueOf(2));
        assertThat(pager.read(full, items(full), LongNode.valueOf(4), 2).nextPosition()).isEqualTo(LongNode.valueOf(6));
        JsonNode shortPage = json("[{\"id\":1}]");
        assertThat(pager.read(shortPage, items(shortPage), null, 2).isLast()).isTrue();
    }

    @Test
    void afterIdSendsTheLastIdOfAFullPage() {
        Pager pager = Pagers.forStyle(new AfterIdPagination("after_id", ParameterLocation.QUERY, "pageSize", "after", "id", 50, 1000));

        assertThat(prepared(pager, null, 2).query()).containsExactly(new QueryParameter("pageSize", "2"));
        assertThat(prepared(pager, LongNode.valueOf(17), 2).query())
                .containsExactly(new QueryParameter("pageSize", "2"), new QueryParameter("after", "17"));

        JsonNode full = json("[{\"id\":11},{\"id\":17},{\"id\":18}]");
        Page page = pager.read(full, items(full), null, 2);
        assertThat(page.items()).hasSize(2);
        assertThat(page.nextPosition().asLong()).isEqualTo(17);
        JsonNode shortPage = json("[{\"id\":11}]");
        assertThat(pager.read(shortPage, items(shortPage), null, 2).isLast()).isTrue();
        JsonNode withoutIds = json("[{\"x\":1},{\"x\":2}]");
        assertThatThrownBy(() -> pager.read(withoutIds, items(withoutIds), null, 2))
                .isInstanceOfSatisfying(PageReadException.class,
                        e -> assertThat(e.problem()).isEqualTo(new BodyProblem.ItemsWithoutId("id")));
    }

    @Test
    void afterIdInTheBodyKeepsJsonTypes() {
        Pager pager = Pagers.forStyle(new AfterIdPagination("board", ParameterLocation.BODY_FIELD, "pageSize", "lastCursorId", "id", 50, 1000));
        UpstreamRequest.Builder request = UpstreamRequest.builder(HttpVerb.POST);
        request.bodyObject().put("searchCriteria", "printer");

        pager.prepare(request, LongNode.valueOf(99), 25);

        assertThat(request.build().query()).isEmpty();
        assertThat(request.build().body()).hasToString("{\"searchCriteria\":\"printer\",\"pageSize\":25,\"lastCursorId\":99}");
    }

    @Test
    void cursorContinuesWithTheVendorsCursorUntilAShortPageOrNoCursor() {
        Pager pager = Pagers.forStyle(new CursorPagination("queries", ParameterLocation.QUERY, "pageSize", "cursor", "/cursor/name", 50, 1000));

        assertThat(prepared(pager, null, 2).query()).containsExactly(new QueryParameter("pageSize", "2"));
        assertThat(prepared(pager, TextNode.valueOf("abc"), 2).query())
                .containsExactly(new QueryParameter("pageSize", "2"), new QueryParameter("cursor", "abc"));

        JsonNode full = json("{\"results\":[{},{}],\"cursor\":{\"name\":\"next-1\"}}");
        assertThat(pager.read(full, ItemsPointer.itemsIn(full, "/results"), null, 2).nextPosition()).isEqualTo(TextNode.valueOf("next-1"));
        JsonNode noCursor = json("{\"results\":[{},{}],\"cursor\":{\"name\":null}}");
        assertThat(pager.read(noCursor, ItemsPointer.itemsIn(noCursor, "/results"), null, 2).isLast()).isTrue();
        JsonNode shortPage = json("{\"results\":[{}],\"cursor\":{\"name\":\"next-2\"}}");
        assertThat(pager.read(shortPage, ItemsPointer.itemsIn(shortPage, "/results"), null, 2).isLast()).isTrue();
    }

    @Test
    void cursorIsTakenFromTheNextPageUrlWhenTheVendorGivesAUrl() {
        Pager pager = Pagers.forStyle(new CursorPagination("audit", ParameterLocation.QUERY, "limit", "cursor", "/next", 50, 500));

        JsonNode full = json("{\"results\":[{},{}],\"next\":\"https://acme.api.kandji.io/api/v1/audit/events?limit=2&cursor=b%2Bc%3D\"}");
        assertThat(pager.read(full, ItemsPointer.itemsIn(full, "/results"), null, 2).nextPosition())
                .isEqualTo(TextNode.valueOf("b+c="));
        JsonNode urlWithoutCursor = json("{\"results\":[{},{}],\"next\":\"https://acme.api.kandji.io/api/v1/audit/events?limit=2\"}");
        assertThat(pager.read(urlWithoutCursor, ItemsPointer.itemsIn(urlWithoutCursor, "/results"), null, 2).isLast()).isTrue();
        JsonNode noNext = json("{\"results\":[{},{}],\"next\":null}");
        assertThat(pager.read(noNext, ItemsPointer.itemsIn(noNext, "/results"), null, 2).isLast()).isTrue();
    }

    @Test
    void cursorInTheBody() {
        Pager pager = Pagers.forStyle(new CursorPagination("search", ParameterLocation.BODY_FIELD, "size", "cursor", "/next", 25, 100));
        UpstreamRequest.Builder request = UpstreamRequest.builder(HttpVerb.POST);

        pager.prepare(request, TextNode.valueOf("c-2"), 10);

        assertThat(request.build().body()).hasToString("{\"size\":10,\"cursor\":\"c-2\"}");
    }

    @Test
    void localSlicesTheWholeList() {
        Pager pager = Pagers.forStyle(new LocalPagination("whole_list", 2, 500));
        JsonNode all = json("[1,2,3,4,5]");

        assertThat(prepared(pager, null, 2).query()).isEmpty();
        Page first = pager.read(all, items(all), null, 2);
        assertThat(first.items()).extracting(JsonNode::asInt).containsExactly(1, 2);
        assertThat(first.nextPosition()).isEqualTo(LongNode.valueOf(2));
        Page third = pager.read(all, items(all), LongNode.valueOf(4), 2);
        assertThat(third.items()).extracting(JsonNode::asInt).containsExactly(5);
        assertThat(third.isLast()).isTrue();
    }

    @Test
    void aShortenedPageContinuesAtTheFirstItemLeftOutInEveryStyle() {
        JsonNode four = json("[{\"id\":11},{\"id\":17},{\"id\":18},{\"id\":20}]");
        Pager offset = Pagers.forStyle(new OffsetPagination("offset", ParameterLocation.QUERY, "limit", "offset", 50, 300));
        Pager afterId = Pagers.forStyle(new AfterIdPagination("after_id", ParameterLocation.QUERY, "pageSize", "after", "id", 50, 1000));
        Pager local = Pagers.forStyle(new LocalPagination("whole_list", 2, 500));

        assertThat(offset.positionAfter(offset.read(four, items(four), LongNode.valueOf(8), 4), 3, LongNode.valueOf(8)))
                .isEqualTo(LongNode.valueOf(11));
        assertThat(afterId.positionAfter(afterId.read(four, items(four), null, 4), 2, null).asLong()).isEqualTo(17);
        assertThat(local.positionAfter(local.read(four, items(four), LongNode.valueOf(1), 3), 1, LongNode.valueOf(1)))
                .isEqualTo(LongNode.valueOf(2));
    }

    @Test
    void aShortenedCursorPageAsksForTheSamePageAgainAndSkipsWhatWasReturned() {
        Pager pager = Pagers.forStyle(new CursorPagination("queries", ParameterLocation.QUERY, "pageSize", "cursor", "/cursor/name", 50, 1000));
        JsonNode full = json("{\"results\":[{\"n\":1},{\"n\":2},{\"n\":3}],\"cursor\":{\"name\":\"after-3\"}}");
        Page page = pager.read(full, ItemsPointer.itemsIn(full, "/results"), TextNode.valueOf("c0"), 3);

        // Two of the three items were returned: the next call starts with the third, from the same vendor cursor.
        JsonNode within = pager.positionAfter(page, 2, TextNode.valueOf("c0"));
        assertThat(prepared(pager, within, 3).query())
                .containsExactly(new QueryParameter("pageSize", "5"), new QueryParameter("cursor", "c0"));
        JsonNode again = json("{\"results\":[{\"n\":1},{\"n\":2},{\"n\":3},{\"n\":4},{\"n\":5}],\"cursor\":{\"name\":\"after-5\"}}");
        Page resumed = pager.read(again, ItemsPointer.itemsIn(again, "/results"), within, 3);
        assertThat(resumed.items()).extracting(item -> item.get("n").asInt()).containsExactly(3, 4, 5);
        assertThat(resumed.nextPosition()).isEqualTo(TextNode.valueOf("after-5"));
        // Shortened again: the skip grows, the vendor cursor stays.
        JsonNode further = pager.positionAfter(resumed, 1, within);
        assertThat(prepared(pager, further, 3).query())
                .containsExactly(new QueryParameter("pageSize", "6"), new QueryParameter("cursor", "c0"));
        // A first page cut short sends no vendor cursor when resumed.
        Page first = pager.read(full, ItemsPointer.itemsIn(full, "/results"), null, 3);
        assertThat(prepared(pager, pager.positionAfter(first, 1, null), 3).query())
                .containsExactly(new QueryParameter("pageSize", "4"));
        // A resumed page shorter than asked is the last.
        JsonNode shortAgain = json("{\"results\":[{\"n\":1},{\"n\":2},{\"n\":3}],\"cursor\":{\"name\":\"x\"}}");
        assertThat(pager.read(shortAgain, ItemsPointer.itemsIn(shortAgain, "/results"), within, 3).isLast()).isTrue();
    }

    @Test
    void itemsPointerMustFindAnArray() {
        assertThatThrownBy(() -> ItemsPointer.itemsIn(json("{\"data\":{}}"), "/data"))
                .isInstanceOfSatisfying(PageReadException.class,
                        e -> assertThat(e.problem()).isEqualTo(new BodyProblem.NoItemArray("/data")));
        assertThatThrownBy(() -> ItemsPointer.itemsIn(json("{}"), ""))
                .isInstanceOfSatisfying(PageReadException.class,
                        e -> assertThat(e.problem()).isEqualTo(new BodyProblem.NoItemArray("")));
    }
}
