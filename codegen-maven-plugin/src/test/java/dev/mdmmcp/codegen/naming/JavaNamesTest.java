package dev.mdmmcp.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaNamesTest {

    @Test
    void snakeCaseToolNamesBecomePascalCaseTypeNames() {
        assertThat(JavaNames.typeName("list_devices")).isEqualTo("ListDevices");
        assertThat(JavaNames.typeName("list_all_ninjaone_device_software_patch_history"))
                .isEqualTo("ListAllNinjaoneDeviceSoftwarePatchHistory");
        assertThat(JavaNames.typeName("get_v2_device")).isEqualTo("GetV2Device");
    }

    @Test
    void typeNamesKeepTheCapitalsOfCamelCaseAndDisplayNames() {
        assertThat(JavaNames.typeName("NinjaOne")).isEqualTo("NinjaOne");
        assertThat(JavaNames.typeName("deviceId")).isEqualTo("DeviceId");
        assertThat(JavaNames.typeName("filter[name]")).isEqualTo("FilterName");
    }

    @Test
    void typeNamesThatWouldStartWithADigitGetAPrefix() {
        assertThat(JavaNames.typeName("2fa")).isEqualTo("Value2fa");
    }

    @Test
    void memberNamesAreCamelCaseWhateverTheSpelling() {
        assertThat(JavaNames.memberName("device_id")).isEqualTo("deviceId");
        assertThat(JavaNames.memberName("X-Request-ID")).isEqualTo("xRequestId");
        assertThat(JavaNames.memberName("pageSize")).isEqualTo("pageSize");
        assertThat(JavaNames.memberName("URL")).isEqualTo("url");
        assertThat(JavaNames.memberName("id__in")).isEqualTo("idIn");
    }

    @Test
    void memberNamesNeverAreJavaKeywords() {
        assertThat(JavaNames.memberName("class")).isEqualTo("classValue");
        assertThat(JavaNames.memberName("default")).isEqualTo("defaultValue");
        assertThat(JavaNames.memberName("record")).isEqualTo("recordValue");
        assertThat(JavaNames.memberName("_")).isEqualTo("value");
    }

    @Test
    void memberNamesThatWouldStartWithADigitGetAPrefix() {
        assertThat(JavaNames.memberName("2fa_enabled")).isEqualTo("value2faEnabled");
    }

    @Test
    void constantNamesAreUpperSnakeCase() {
        assertThat(JavaNames.constantName("whole_list")).isEqualTo("WHOLE_LIST");
        assertThat(JavaNames.constantName("iPhone")).isEqualTo("I_PHONE");
        assertThat(JavaNames.constantName("macOS")).isEqualTo("MAC_OS");
        assertThat(JavaNames.constantName("in-progress")).isEqualTo("IN_PROGRESS");
        assertThat(JavaNames.constantName("")).isEqualTo("EMPTY");
        assertThat(JavaNames.constantName("1")).isEqualTo("VALUE_1");
    }

    @Test
    void snakeNamesMakeHeaderAndOddNamesSendable() {
        assertThat(JavaNames.snakeName("X-Request-ID")).isEqualTo("x_request_id");
        assertThat(JavaNames.snakeName("filter[name]")).isEqualTo("filter_name");
        assertThat(JavaNames.snakeName("getDeviceByID")).isEqualTo("get_device_by_id");
    }

    @Test
    void snakeCaseIsRecognised() {
        assertThat(JavaNames.isSnakeCase("list_devices")).isTrue();
        assertThat(JavaNames.isSnakeCase("list_devices_2")).isTrue();
        assertThat(JavaNames.isSnakeCase("ListDevices")).isFalse();
        assertThat(JavaNames.isSnakeCase("list-devices")).isFalse();
        assertThat(JavaNames.isSnakeCase("list__devices")).isFalse();
        assertThat(JavaNames.isSnakeCase("_list")).isFalse();
    }

    @Test
    void packageSegmentsAreLowerCaseIdentifiers() {
        assertThat(JavaNames.packageSegment("kandji")).isEqualTo("kandji");
        assertThat(JavaNames.packageSegment("ninja-one")).isEqualTo("ninjaone");
        assertThat(JavaNames.packageSegment("Int")).isEqualTo("int_");
        assertThat(JavaNames.packageSegment("3com")).isEqualTo("v3com");
    }

    @Test
    void singularNamesNameOneElementOfAList() {
        assertThat(JavaNames.singular("devices")).isEqualTo("device");
        assertThat(JavaNames.singular("Policies")).isEqualTo("Policy");
        assertThat(JavaNames.singular("addresses")).isEqualTo("address");
        assertThat(JavaNames.singular("status")).isEqualTo("statusItem");
        assertThat(JavaNames.singular("data")).isEqualTo("dataItem");
    }
}
