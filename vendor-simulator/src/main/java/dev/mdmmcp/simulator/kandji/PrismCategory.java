package dev.mdmmcp.simulator.kandji;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A fleet inventory (Prism) category: which rows it has and its columns, in the order Kandji
 * sends them. Columns serve both the JSON rows and the {@code filter} and {@code sort_by}
 * parameters, so what can be filtered is exactly what is returned.
 */
final class PrismCategory {

    final String name;
    final Map<String, Function<PrismRow, Object>> columns;
    private final BiConsumer<Device, List<PrismRow>> rowsOfDevice;

    private PrismCategory(String name, Map<String, Function<PrismRow, Object>> columns,
            BiConsumer<Device, List<PrismRow>> rowsOfDevice) {
        this.name = name;
        this.columns = Collections.unmodifiableMap(columns);
        this.rowsOfDevice = rowsOfDevice;
    }

    List<PrismRow> rows(List<Device> devices) {
        List<PrismRow> rows = new ArrayList<>();
        for (Device device : devices) {
            rowsOfDevice.accept(device, rows);
        }
        return rows;
    }

    static final List<PrismCategory> ALL = List.of(apps(), deviceInformation(), filevault(), applicationFirewall(),
            gatekeeper(), startupSettings(), localUsers());

    static PrismCategory named(String name) {
        return ALL.stream().filter(category -> category.name.equals(name)).findFirst().orElse(null);
    }

    // ------------------------------------------------------------ categories

    private static PrismCategory apps() {
        Map<String, Function<PrismRow, Object>> columns = deviceColumns();
        columns.put("name", row -> row.app().app().name());
        columns.put("bundle_id", row -> row.app().app().bundleId());
        columns.put("bundle_name", row -> row.app().app().executable().isEmpty() ? row.app().app().name()
                : row.app().app().executable());
        columns.put("version", row -> row.app().version());
        columns.put("short_version", row -> row.app().version());
        columns.put("path", row -> row.app().app().path());
        columns.put("developer_name", row -> row.app().app().developer());
        columns.put("team_id", row -> row.app().app().teamId());
        columns.put("signature", row -> row.app().app().mobile() ? null : row.app().app().signature());
        columns.put("obtained_from", row -> row.app().app().source());
        columns.put("category", row -> row.app().app().category());
        columns.put("minimum_system_version", row -> row.app().app().mobile() ? "16.0" : "12.0");
        columns.put("bundle_size", row -> null);
        columns.put("has_update_available", row -> null);
        columns.put("app_store_vendable", row -> null);
        columns.put("executable", row -> row.app().app().executable());
        timestamps(columns, row -> row.app().installedAt());
        return new PrismCategory("apps", columns, (device, rows) -> {
            for (InstalledApp app : device.apps) {
                rows.add(new PrismRow(device, app));
            }
        });
    }

    private static PrismCategory deviceInformation() {
        Map<String, Function<PrismRow, Object>> columns = deviceColumns();
        columns.put("model", row -> row.device().model.shortName());
        columns.put("model_name", row -> row.device().model.name());
        columns.put("marketing_name", row -> row.device().os.marketingName());
        columns.put("os_version", row -> row.device().os.version());
        columns.put("display_os_version", row -> row.device().os.version());
        columns.put("os_build", row -> row.device().os.build());
        columns.put("supplemental_build_version", row -> row.device().os.build());
        columns.put("supplemental_os_version_extra", row -> null);
        columns.put("apple_silicon", row -> row.device().model.appleSilicon());
        columns.put("device_capacity", row -> row.device().model.capacityGb());
        columns.put("battery_health", row -> row.device().platform == Platform.APPLE_TV ? null
                : row.device().index % 17 == 0 ? "Service Recommended" : "Normal");
        columns.put("host_name", row -> row.device().name());
        columns.put("local_hostname", row -> row.device().name());
        columns.put("agent_installed", row -> row.device().agentInstalled);
        columns.put("agent_version", row -> row.device().agentInstalled ? row.device().agentVersion : null);
        columns.put("mdm_enabled", row -> true);
        columns.put("shared_ipad", row -> row.device().platform == Platform.IPAD ? Boolean.FALSE : null);
        columns.put("lost_mode_status", row -> row.device().lostModeStatus().isEmpty() ? null : row.device().lostModeStatus());
        columns.put("first_enrollment_date", row -> KandjiTime.prism(row.device().firstEnrollment));
        columns.put("last_enrollment_date", row -> KandjiTime.prism(row.device().firstEnrollment));
        columns.put("last_checkin", row -> KandjiTime.prism(row.device().lastCheckIn));
        columns.put("last_checkin_agent", row -> row.device().agentInstalled ? KandjiTime.prism(row.device().lastCheckIn) : null);
        columns.put("last_checkin_mdm", row -> KandjiTime.prism(row.device().lastMdmCheckIn));
        columns.put("cellular_technology", row -> null);
        columns.put("data_roaming", row -> null);
        columns.put("hotspot", row -> null);
        timestamps(columns, row -> row.device().firstEnrollment.plusSeconds(60));
        return new PrismCategory("device_information", columns, (device, rows) -> rows.add(new PrismRow(device, null)));
    }

    private static PrismCategory filevault() {
        Map<String, Function<PrismRow, Object>> columns = deviceColumns();
        columns.put("status", row -> row.device().filevault);
        columns.put("key_escrowed", row -> row.device().filevaultEscrowed);
        columns.put("key_type", row -> row.device().filevault ? "personal" : null);
        columns.put("regeneration_needed", row -> row.device().filevault ? !row.device().filevaultEscrowed : null);
        columns.put("scheduled_key_rotation", row -> null);
        timestamps(columns, row -> row.device().firstEnrollment.plusSeconds(60));
        return macsOnly("filevault", columns);
    }

    private static PrismCategory applicationFirewall() {
        Map<String, Function<PrismRow, Object>> columns = deviceColumns();
        columns.put("status", row -> row.device().firewall);
        columns.put("block_all_incoming", row -> false);
        columns.put("allow_signed_applications", row -> true);
        columns.put("stealth_mode", row -> row.device().firewall && row.device().stealthMode);
        columns.put("logging", row -> true);
        columns.put("logging_option", row -> "throttled");
        columns.put("unloading", row -> false);
        columns.put("version", row -> "1.7");
        timestamps(columns, row -> row.device().firstEnrollment.plusSeconds(60));
        return macsOnly("application_firewall", columns);
    }

    private static PrismCategory gatekeeper() {
        Map<String, Function<PrismRow, Object>> columns = deviceColumns();
        columns.put("gatekeeper_status", row -> row.device().gatekeeper);
        columns.put("trusted_developers", row -> true);
        columns.put("gatekeeper_version", row -> "8.0");
        columns.put("gatekeeper_opaque_version", row -> row.device().os.latest() ? "96" : "94");
        columns.put("xprotect_version", row -> row.device().xprotectVersion);
        columns.put("malware_removal_tool_version", row -> "1.93");
        timestamps(columns, row -> row.device().firstEnrollment.plusSeconds(60));
        return macsOnly("gatekeeper_and_xprotect", columns);
    }

    private static PrismCategory startupSettings() {
        Map<String, Function<PrismRow, Object>> columns = deviceColumns();
        columns.put("sip", row -> row.device().sip);
        columns.put("ssv", row -> row.device().sip);
        columns.put("secure_boot_level", row -> !row.device().model.appleSilicon() ? "medium" : row.device().sip ? "full" : "reduced");
        columns.put("external_boot_level", row -> row.device().sip ? "disallowed" : "allowed");
        columns.put("any_signed_os", row -> null);
        columns.put("bootstrap_token_escrowed", row -> row.device().bootstrapTokenEscrowed);
        columns.put("bootstrap_token_auth", row -> false);
        columns.put("kext_requires_bst", row -> row.device().model.appleSilicon());
        columns.put("software_update_requires_bst", row -> row.device().model.appleSilicon());
        columns.put("mdm_manages_kext", row -> null);
        columns.put("user_manages_kext", row -> null);
        timestamps(columns, row -> row.device().firstEnrollment.plusSeconds(60));
        return macsOnly("startup_settings", columns);
    }

    private static PrismCategory localUsers() {
        Map<String, Function<PrismRow, Object>> columns = deviceColumns();
        columns.put("username", row -> row.localUser().username());
        columns.put("full_name", row -> row.localUser().fullName());
        columns.put("uid", row -> row.localUser().uid());
        columns.put("type", row -> row.localUser().type());
        columns.put("generated_uid", row -> row.localUser().generatedUid());
        columns.put("home_directory", row -> row.localUser().uid() == 0 ? "/var/root" : "/Users/" + row.localUser().username());
        columns.put("shell", row -> row.localUser().uid() == 0 ? "/bin/sh" : "/bin/zsh");
        columns.put("directory", row -> "/Local/Default");
        columns.put("hidden_user", row -> row.localUser().hidden());
        columns.put("mobile_account", row -> false);
        columns.put("secure_token", row -> row.localUser().secureToken());
        columns.put("volume_owner", row -> row.localUser().secureToken());
        columns.put("filevault_user", row -> row.localUser().filevaultUser());
        columns.put("home_folder_secure", row -> true);
        columns.put("logged_in", row -> row.localUser().loggedIn());
        columns.put("logged_in_time", row -> row.localUser().loggedIn() ? KandjiTime.prism(row.device().lastCheckIn) : null);
        columns.put("failed_logins", row -> 0);
        columns.put("failed_login_time", row -> null);
        columns.put("password_last_set", row -> KandjiTime.prism(row.localUser().passwordLastSet()));
        columns.put("user_created_at", row -> KandjiTime.prism(row.localUser().createdAt()));
        timestamps(columns, row -> row.localUser().createdAt());
        return new PrismCategory("local_users", columns, (device, rows) -> {
            if (device.platform.isMac()) {
                for (LocalUser local : device.localUsers) {
                    rows.add(new PrismRow(device, local));
                }
            }
        });
    }

    // --------------------------------------------------------------- helpers

    private static PrismCategory macsOnly(String name, Map<String, Function<PrismRow, Object>> columns) {
        return new PrismCategory(name, columns, (device, rows) -> {
            if (device.platform.isMac()) {
                rows.add(new PrismRow(device, null));
            }
        });
    }

    private static Map<String, Function<PrismRow, Object>> deviceColumns() {
        Map<String, Function<PrismRow, Object>> columns = new LinkedHashMap<>();
        columns.put("device_id", row -> row.device().id);
        columns.put("device__name", row -> row.device().name());
        columns.put("device__family", row -> row.device().platform.apiName());
        columns.put("device__user_name", row -> row.device().user().map(DirectoryUser::name).orElse(null));
        columns.put("device__user_email", row -> row.device().user().map(DirectoryUser::email).orElse(null));
        columns.put("device__user_id", row -> row.device().user().map(DirectoryUser::deprecatedId).orElse(""));
        columns.put("serial_number", row -> row.device().serial);
        columns.put("model_id", row -> row.device().model.identifier());
        columns.put("asset_tag", row -> row.device().assetTag());
        columns.put("blueprint_id", row -> row.device().blueprint().id());
        columns.put("blueprint_name", row -> row.device().blueprint().name());
        columns.put("tags", row -> null);
        return columns;
    }

    private static void timestamps(Map<String, Function<PrismRow, Object>> columns, Function<PrismRow, Instant> created) {
        columns.put("created_at", row -> KandjiTime.prism(created.apply(row)));
        columns.put("updated_at", row -> KandjiTime.prism(row.device().lastCheckIn));
        columns.put("last_collected_at", row -> KandjiTime.prism(row.device().lastCheckIn));
        columns.put("last_changed_at", row -> null);
    }
}
