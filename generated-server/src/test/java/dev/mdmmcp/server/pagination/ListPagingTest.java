package dev.mdmmcp.server.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.mdmmcp.fixtures.acmemdm.AcmeMdmVendor;
import dev.mdmmcp.fixtures.acmemdm.ListDevicesArguments;
import dev.mdmmcp.server.result.Outcome;
import dev.mdmmcp.server.result.ToolFailure;
import org.junit.jupiter.api.Test;

class ListPagingTest {

    private static final String SCOPE = "mdm/acmemdm/list_devices";
    private final CursorCodec codec = CursorCodec.withSecret("k".repeat(32));
    private final ListPaging paging = new ListPaging(codec);
    private final ObjectMapper mapper = new ObjectMapper();

    private ObjectNode raw(String platform, Integer limit, String cursor) {
        ObjectNode node = mapper.createObjectNode();
        if (platform != null) {
            node.put("platform", platform);
        }
        if (limit != null) {
            node.put("limit", limit);
        }
        if (cursor != null) {
            node.put("next_cursor", cursor);
        }
        return node;
    }

    private PagePlan plan(String scope, String platform, Integer limit, String cursor) {
        ListDevicesArguments arguments = new ListDevicesArguments(
                platform == null ? null : ListDevicesArguments.Platform.MAC, null, null, null, null, limit, cursor, null);
        return paging.plan(scope, "list_devices", AcmeMdmVendor.OFFSET, arguments, raw(platform, limit, cursor));
    }

    @Test
    void cursorRoundTripCarriesPositionAndPageSize() {
        PagePlan first = plan(SCOPE, "Mac", 2, null);
        String next = paging.nextCursor(first, LongNode.valueOf(2));

        PagePlan second = plan(SCOPE, "Mac", null, next);

        assertThat(first.position()).isNull();
        assertThat(second.position().asLong()).isEqualTo(2);
        assertThat(second.pageSize()).isEqualTo(2);
        assertThat(next).doesNotContain("{").matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void anExplicitLimitWinsOverTheCursorsPageSize() {
        String next = paging.nextCursor(plan(SCOPE, "Mac", 2, null), LongNode.valueOf(2));

        assertThat(plan(SCOPE, "Mac", 10, next).pageSize()).isEqualTo(10);
    }

    @Test
    void tamperedCursorIsRefused() {
        String next = paging.nextCursor(plan(SCOPE, "Mac", 2, null), LongNode.valueOf(2));
        String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"s\":\"mdm/acmemdm/list_devices\",\"p\":1000,\"n\":2,\"f\":\"x\"}".getBytes());
        String forged = forgedPayload + next.substring(next.indexOf('.'));

        for (String bad : new String[] {forged, next.substring(0, next.length() - 2), "garbage", next + "x", "."}) {
            assertThatThrownBy(() -> plan(SCOPE, "Mac", null, bad))
                    .isInstanceOf(ToolFailure.class)
                    .hasMessageStartingWith("next_cursor is not valid for list_devices: pass back the value from the"
                            + " previous result unchanged, with the same other arguments")
                    .extracting(e -> ((ToolFailure) e).outcome()).isEqualTo(Outcome.INVALID_CURSOR);
        }
    }

    @Test
    void cursorFromAnotherToolIsRefused() {
        String fromOtherTool = paging.nextCursor(plan("mdm/acmemdm/list_parameters", "Mac", 2, null), LongNode.valueOf(2));

        assertThatThrownBy(() -> plan(SCOPE, "Mac", null, fromOtherTool))
                .hasMessageContaining("next_cursor is not valid for list_devices")
                .hasMessageContaining("another tool");
    }

    @Test
    void cursorUsedWithOtherFiltersIsRefused() {
        String next = paging.nextCursor(plan(SCOPE, "Mac", 2, null), LongNode.valueOf(2));

        assertThatThrownBy(() -> plan(SCOPE, null, null, next))
                .hasMessageContaining("next_cursor is not valid for list_devices")
                .hasMessageContaining("other arguments");
    }

    @Test
    void cursorFromAnotherKeyIsRefused() {
        String next = new ListPaging(CursorCodec.withRandomKey()).nextCursor(plan(SCOPE, "Mac", 2, null), TextNode.valueOf("x"));

        assertThatThrownBy(() -> plan(SCOPE, "Mac", null, next)).hasMessageContaining("next_cursor is not valid");
    }

    @Test
    void emptyCursorMeansTheFirstPage() {
        assertThat(plan(SCOPE, "Mac", 2, "").position()).isNull();
    }

    @Test
    void limitDefaultsAndBounds() {
        assertThat(plan(SCOPE, null, null, null).pageSize()).isEqualTo(50);
        assertThat(plan(SCOPE, null, 300, null).pageSize()).isEqualTo(300);
        assertThatThrownBy(() -> plan(SCOPE, null, 301, null))
                .hasMessageContaining("argument 'limit' must be at most 300 for list_devices");
        assertThatThrownBy(() -> plan(SCOPE, null, 0, null)).hasMessageContaining("argument 'limit' must be at least 1");
    }

    @Test
    void fingerprintIgnoresOrderLimitAndCursor() {
        ObjectNode a = mapper.createObjectNode().put("x", 1).put("y", "z").put("limit", 5);
        ObjectNode b = mapper.createObjectNode().put("next_cursor", "c").put("y", "z").put("x", 1);

        assertThat(ArgumentFingerprint.of(a)).isEqualTo(ArgumentFingerprint.of(b));
        assertThat(ArgumentFingerprint.of(a)).isNotEqualTo(ArgumentFingerprint.of(b.put("x", 2)));
    }
}
