package dev.mdmmcp.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mdmmcp.fixtures.acmemdm.ListDevicesArguments;
import dev.mdmmcp.fixtures.acmemdm.ListDevicesTool;
import dev.mdmmcp.fixtures.acmemdm.UpdateDeviceArguments;
import dev.mdmmcp.fixtures.acmemdm.UpdateDeviceTool;
import dev.mdmmcp.fixtures.acmermm.GetDeviceArguments;
import dev.mdmmcp.fixtures.acmermm.GetDeviceTool;
import dev.mdmmcp.http.HttpBinding;
import dev.mdmmcp.http.HttpVerb;
import dev.mdmmcp.server.json.JsonMappers;
import dev.mdmmcp.server.result.ToolFailure;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestBinderTest {

    private static <A> UpstreamRequest.Builder bind(HttpBinding<A> http, A arguments) {
        return new RequestBinder<>(JsonMappers.create(), http).bind(arguments);
    }
    private static final URI BASE = URI.create("https://tenant.example.test/base");

    @Test
    void queryValuesUseWireValuesAndListFormats() {
        ListDevicesArguments arguments = new ListDevicesArguments(ListDevicesArguments.Platform.I_PHONE, "C02 X&1",
                List.of("b1", "b 2"), List.of("apps", "users"), true, null, null, null);

        UpstreamRequest request = bind(new ListDevicesTool().http(), arguments).build();

        assertThat(request.verb()).isEqualTo(HttpVerb.GET);
        assertThat(request.query()).containsExactly(
                new QueryParameter("platform", "iPhone"),
                new QueryParameter("serial_number", "C02 X&1"),
                new QueryParameter("blueprint_id", "b1"),
                new QueryParameter("blueprint_id", "b 2"),
                new QueryParameter("include", "apps,users"),
                new QueryParameter("supervised", "true"));
        assertThat(request.uriUnder(BASE)).hasToString("https://tenant.example.test/base/api/v1/devices?platform=iPhone"
                + "&serial_number=C02%20X%261&blueprint_id=b1&blueprint_id=b%202&include=apps%2Cusers&supervised=true");
        assertThat(request.body()).isNull();
    }

    @Test
    void absentArgumentsAreLeftOut() {
        UpstreamRequest request = bind(new ListDevicesTool().http(),
                new ListDevicesArguments(null, null, null, null, null, null, null, null)).build();

        assertThat(request.query()).isEmpty();
        assertThat(request.uriUnder(BASE)).hasToString("https://tenant.example.test/base/api/v1/devices");
    }

    @Test
    void bodyFieldsBecomeOneObjectByWireNameWithNestedRecords() {
        UpdateDeviceArguments arguments = new UpdateDeviceArguments("dev/1", "A-1",
                new UpdateDeviceArguments.User("a@b.test", null), UpdateDeviceArguments.Platform.MAC);

        UpstreamRequest request = bind(new UpdateDeviceTool().http(), arguments).build();

        assertThat(request.path()).isEqualTo("/api/v1/devices/dev%2F1");
        assertThat(request.body()).hasToString(
                "{\"asset_tag\":\"A-1\",\"user\":{\"email\":\"a@b.test\"},\"device_platform\":\"Mac\"}");
    }

    @Test
    void operationWithBodyFieldsSendsAnObjectEvenWhenAllAreAbsent() {
        UpstreamRequest request = bind(new UpdateDeviceTool().http(),
                new UpdateDeviceArguments("d1", null, null, null)).build();

        assertThat(request.body()).hasToString("{}");
    }

    @Test
    void numbersAndHeadersAreWrittenAsText() {
        UpstreamRequest request = bind(new GetDeviceTool().http(), new GetDeviceArguments(42L, "de-CH")).build();

        assertThat(request.path()).isEqualTo("/v2/device/42");
        assertThat(request.headers()).containsEntry("X-Locale", "de-CH");
    }

    @Test
    void headerValuesWithLineBreaksAreRefused() {
        assertThatThrownBy(() -> bind(new GetDeviceTool().http(), new GetDeviceArguments(1L, "x\r\nX-Evil: 1")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("argument 'locale' must not contain line breaks");
    }

    record Ids(List<String> ids) {
    }

    @Test
    void nonObjectBodyIsWrittenWhole() {
        HttpBinding<Ids> http = HttpBinding.builder(Ids.class, HttpVerb.POST, "/v1/devices/delete")
                .body("body", Ids::ids)
                .build();

        UpstreamRequest request = bind(http, new Ids(List.of("a", "b"))).build();

        assertThat(request.body()).hasToString("[\"a\",\"b\"]");
    }
}
