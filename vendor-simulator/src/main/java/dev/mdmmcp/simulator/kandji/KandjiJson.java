package dev.mdmmcp.simulator.kandji;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.simulator.http.Json;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Kandji's JSON shapes of the fleet's records, field for field as specs/kandji describes them. */
final class KandjiJson {

    private final KandjiFleet fleet;

    KandjiJson(KandjiFleet fleet) {
        this.fleet = fleet;
    }

    ObjectNode device(Device device) {
        ObjectNode json = Json.object();
        json.put("device_id", device.id);
        json.put("device_name", device.name());
        json.put("serial_number", device.serial);
        json.put("platform", device.platform.apiName());
        json.put("model", device.model.name());
        json.put("os_version", device.os.version());
        json.put("supplemental_build_version", device.os.build());
        json.put("supplemental_os_version_extra", "");
        json.put("asset_tag", device.assetTag());
        json.put("blueprint_id", device.blueprint().id());
        json.put("blueprint_name", device.blueprint().name());
        Optional<DirectoryUser> user = device.user();
        if (user.isPresent()) {
            json.putObject("user").put("id", user.get().id()).put("name", user.get().name())
                    .put("email", user.get().email()).put("is_archived", user.get().archived());
        } else {
            // Kandji sends an empty string, not null, for a device without a user.
            json.put("user", "");
        }
        json.set("tags", Json.strings(device.tags()));
        json.put("agent_installed", device.agentInstalled);
        json.put("agent_version", device.agentInstalled ? device.agentVersion : "");
        json.put("mdm_enabled", true);
        json.put("is_missing", device.missing);
        json.put("is_removed", device.removed());
        json.put("first_enrollment", KandjiTime.spaced(device.firstEnrollment));
        json.put("last_enrollment", KandjiTime.spaced(device.firstEnrollment));
        json.put("last_check_in", KandjiTime.iso(device.lastCheckIn));
        json.put("lost_mode_status", device.lostModeStatus());
        return json;
    }

    ObjectNode details(Device device) {
        ObjectNode json = Json.object();
        ObjectNode general = json.putObject("general");
        general.put("device_id", device.id);
        general.put("device_name", device.name());
        general.put("platform", device.platform.apiName());
        general.put("model", device.model.name());
        general.put("os_version", device.os.version());
        general.put("system_version", device.platform.osName() + " " + device.os.version() + " (" + device.os.build() + ")");
        general.put("supplemental_build_version", device.os.build());
        general.put("supplemental_os_version_extra", "");
        general.put("boot_volume", device.platform.isMac() ? "Macintosh HD" : "");
        long days = Duration.between(device.bootedAt, device.lastCheckIn).toDays();
        general.put("time_since_boot", days == 1 ? "1 day" : days + " days");
        general.put("last_user", device.lastUserLogin());
        general.put("assigned_user", device.user().map(DirectoryUser::name).orElse(""));
        general.put("asset_tag", device.assetTag());
        general.put("blueprint_name", device.blueprint().name());
        general.put("blueprint_uuid", device.blueprint().id());
        general.put("first_enrollment", KandjiTime.spaced(device.firstEnrollment));
        general.put("last_enrollment", KandjiTime.spaced(device.firstEnrollment));
        json.putObject("mdm").put("mdm_enabled", "True").put("supervised", device.supervised ? "True" : "False")
                .put("install_date", KandjiTime.spaced(device.firstEnrollment))
                .put("last_check_in", KandjiTime.spaced(device.lastMdmCheckIn)).putArray("mdm_enabled_user");
        json.putObject("kandji_agent").put("agent_installed", device.agentInstalled ? "True" : "False")
                .put("agent_version", device.agentInstalled ? device.agentVersion : "")
                .put("install_date", KandjiTime.seconds(device.firstEnrollment.plusSeconds(560)))
                .put("last_check_in", device.agentInstalled ? KandjiTime.iso(device.lastCheckIn) : null);
        json.putObject("hardware_overview").put("serial_number", device.serial)
                .put("model_identifier", device.model.identifier()).put("uuid", device.hardwareUuid);
        ObjectNode filevault = json.putObject("filevault");
        filevault.put("filevault_enabled", device.filevault);
        filevault.put("filevault_prk_escrowed", device.filevaultEscrowed);
        filevault.put("filevault_recoverykey_type", device.filevault ? "personal" : "");
        filevault.put("filevault_next_rotation", "");
        filevault.put("filevault_regen_required", device.filevault && !device.filevaultEscrowed);
        json.putObject("activation_lock").put("activation_lock_supported", true)
                .put("device_activation_lock_enabled", false).put("user_activation_lock_enabled", false)
                .put("activation_lock_allowed_while_supervised", false).put("bypass_code_failed", false);
        json.putObject("recovery_information").put("recovery_lock_enabled", device.recoveryLock)
                .put("firmware_password_exist", false).put("firmware_password_pending", false)
                .putNull("password_rotation_scheduled");
        json.putObject("automated_device_enrollment").put("auto_enroll_eligible", device.supervised)
                .put("auto_enrolled", device.supervised);
        json.putObject("apple_business_manager").put("serial_number", device.serial).put("model", device.model.name())
                .put("device_family", device.platform.family()).put("device_assigned_by", "it-admin@example.com");
        json.putObject("security_information").put("remote_desktop_enabled", false)
                .put("firewall_enabled", device.firewall).put("system_integrity_protection_enabled", device.sip);
        json.putObject("network").put("mac_address", device.macAddress).put("local_hostname", device.name());
        json.putObject("cellular");
        json.putObject("lost_mode").put("lost_mode_status", device.lostModeStatus());
        ObjectNode users = json.putObject("users");
        ArrayNode regular = users.putArray("regular_users");
        ArrayNode system = users.putArray("system_users");
        for (LocalUser local : device.localUsers) {
            ObjectNode entry = (local.uid() >= 500 ? regular : system).addObject();
            entry.put("username", local.username()).put("uid", local.uid()).put("is_admin", !local.type().equals("Standard"));
        }
        ArrayNode volumes = json.putArray("volumes");
        if (device.platform.isMac()) {
            double capacity = device.model.capacityGb();
            double used = 0.25 + (device.index % 60) / 100.0;
            volumes.addObject().put("name", "Macintosh HD").put("identifier", "disk3s1").put("format", "APFS")
                    .put("capacity", String.format("%.2f GB", capacity))
                    .put("available", String.format("%.2f GB", capacity * (1 - used)))
                    .put("percent_used", Math.round(used * 100) + "%").put("encrypted", device.filevault ? "Yes" : "No");
        }
        json.putArray("installed_profiles");
        json.set("tags", Json.strings(device.tags()));
        return json;
    }

    ObjectNode app(InstalledApp installed) {
        AppSpec app = installed.app();
        ObjectNode json = Json.object();
        json.put("app_id", installed.appId());
        json.put("app_name", app.name());
        json.put("bundle_id", app.bundleId());
        json.put("version", installed.version());
        json.put("path", app.path());
        json.put("source", app.source());
        json.put("signature", app.mobile() ? "" : app.signature());
        json.put("process", "");
        json.put("bundle_size", String.valueOf(50_000_000L + Math.abs(app.bundleId().hashCode() % 2_000_000_000L)));
        json.put("creation_date", KandjiTime.seconds(installed.installedAt()));
        json.put("modification_date", KandjiTime.seconds(installed.installedAt()));
        json.put("app_store_vendable", app.source().equals("App Store") ? "True" : "False");
        json.put("device_based_vpp", app.source().equals("App Store") ? "True" : "False");
        return json;
    }

    ObjectNode event(Device device, DeviceEvent event) {
        ObjectNode json = Json.object();
        json.put("id", event.id());
        json.put("action_type", event.actionType());
        json.put("created_at", KandjiTime.iso(event.at()));
        if (event.blueprint() == null) {
            json.putNull("blueprint");
        } else {
            json.putObject("blueprint").put("id", event.blueprint().id()).put("name", event.blueprint().name())
                    .put("is_removed", false);
        }
        json.putObject("computer").put("id", device.id).put("name", device.name()).put("is_removed", device.removed());
        json.putNull("user");
        ObjectNode details = json.putObject("details");
        if (event.commandType() != null) {
            details.put("uuid", event.commandUuid());
            details.put("command_type", event.commandType());
            details.put("request_type", event.commandType());
            details.put("status", event.error() == null ? 3 : 4);
            details.put("attempts", 1);
            details.put("date_requested", KandjiTime.iso(event.at().minusSeconds(12)));
            details.put("date_completed", KandjiTime.iso(event.at()));
            ArrayNode errors = details.putArray("error_chain");
            if (event.error() != null) {
                errors.addObject().put("code", 12010).put("domain", "MCMDMErrorDomain")
                        .put("localized_description", event.error());
            }
        } else {
            details.put("from", event.from());
            details.put("to", event.to());
        }
        return json;
    }

    ObjectNode command(MdmCommand command) {
        ObjectNode json = Json.object();
        json.put("uuid", command.uuid());
        json.put("command_type", command.type());
        json.put("request_type", command.type());
        json.put("status", command.status());
        json.put("attempts", command.status() == 1 ? 0 : 1);
        json.put("priority", 0);
        json.put("date_requested", KandjiTime.iso(command.requested()));
        json.put("last_pushed", KandjiTime.iso(command.requested().plusSeconds(1)));
        json.put("date_completed", KandjiTime.iso(command.completed()));
        ArrayNode errors = json.putArray("error_chain");
        if (command.error() != null) {
            errors.addObject().put("code", 12010).put("domain", "MCMDMErrorDomain")
                    .put("localized_description", command.error());
        }
        json.putObject("metadata");
        json.put("request_requires_network_tether", false);
        json.putNull("user");
        return json;
    }

    ObjectNode parameter(Device device, ComplianceParameter parameter) {
        return Json.object().put("item_id", parameter.id()).put("name", parameter.name())
                .put("category", parameter.category()).put("subcategory", parameter.subcategory())
                .put("status", fleet.status(device, parameter));
    }

    /** A library item's status on a device; {@code named} adds item_id and name (per-device lists). */
    ObjectNode itemStatus(Device device, ItemStatus status, boolean named) {
        ObjectNode json = Json.object();
        json.put("id", status.id());
        if (named) {
            json.put("item_id", status.item().id());
            json.put("name", status.item().name());
        }
        json.put("type", status.item().type());
        json.put("status", status.status());
        json.put("reported_at", KandjiTime.seconds(status.reportedAt()));
        json.put("last_audit_run", status.item().isProfile() ? null : KandjiTime.seconds(status.reportedAt()));
        json.put("last_audit_log", status.log());
        json.putNull("log");
        json.putNull("control_log");
        json.putNull("control_reported_at");
        json.putObject("blueprint").put("id", device.blueprint().id()).put("name", device.blueprint().name());
        json.putObject("computer").put("id", device.id).put("name", device.name());
        json.putNull("edr_status");
        if (named) {
            json.put("rules_present", false);
        }
        return json;
    }

    ObjectNode blueprint(Blueprint blueprint) {
        ObjectNode json = Json.object();
        json.put("id", blueprint.id());
        json.put("name", blueprint.name());
        json.put("description", blueprint.description());
        json.put("type", blueprint.type());
        json.put("color", blueprint.color());
        json.put("icon", blueprint.icon());
        long devices = fleet.devicesIn(blueprint);
        json.put("computers_count", devices);
        json.put("missing_computers_count",
                fleet.enrolled().filter(device -> device.blueprint().equals(blueprint) && device.missing).count());
        json.putObject("enrollment_code").put("code", blueprint.enrollmentCode())
                .put("is_active", blueprint.enrollmentActive());
        json.putObject("params");
        return json;
    }

    ObjectNode user(DirectoryUser user) {
        ObjectNode json = Json.object();
        json.put("id", user.id());
        json.put("name", user.name());
        json.put("email", user.email());
        json.put("active", !user.archived());
        json.put("archived", user.archived());
        json.put("department", user.department());
        json.put("job_title", user.jobTitle());
        json.put("device_count", fleet.devicesOf(user));
        json.put("deprecated_user_id", user.deprecatedId());
        json.put("created_at", KandjiTime.iso(user.createdAt()));
        json.put("updated_at", KandjiTime.iso(user.updatedAt()));
        json.putObject("integration").put("id", 812).put("uuid", "e1d2c3b4-a596-4877-8a9b-0c1d2e3f4a55")
                .put("name", "Example Entra").put("type", "office365");
        return json;
    }

    ObjectNode threat(Threat threat) {
        ObjectNode json = Json.object();
        json.put("threat_name", threat.name());
        json.put("classification", threat.classification());
        json.put("status", threat.status());
        json.put("detection_date", KandjiTime.local(threat.detected()));
        json.put("date_of_quarantine", threat.status().equals("NOT_QUARANTINED") ? ""
                : KandjiTime.local(threat.detected().plusSeconds(1)));
        boolean released = threat.status().equals("RELEASED");
        json.put("date_of_release", released ? KandjiTime.local(threat.detected().plus(Duration.ofHours(5))) : "");
        json.put("released_by", released ? "it-admin@example.com" : "");
        json.put("release_note", released ? "False positive: internal build tool." : "");
        json.put("device_id", threat.device().id);
        json.put("device_name", threat.device().name());
        json.put("device_serial_number", threat.device().serial);
        json.put("file_path", threat.filePath());
        json.put("file_hash", threat.fileHash());
        json.put("bundle_path", "");
        json.put("process_name", threat.process());
        json.put("process_owner", threat.owner());
        json.put("blueprint_id", threat.device().blueprint().id());
        json.put("blueprint_name", threat.device().blueprint().name());
        LibraryItem edr = edr();
        json.put("library_item_id", edr.id());
        json.put("library_item_name", edr.name());
        json.put("malware_posture", "protect");
        json.put("pup_posture", "protect");
        return json;
    }

    ObjectNode detection(BehavioralDetection detection) {
        ObjectNode json = Json.object();
        json.put("id", detection.id());
        json.put("threat_id", detection.threatId());
        json.put("classification", detection.classification());
        json.put("threat_status", detection.status());
        json.put("description", detection.description());
        json.put("detection_date", KandjiTime.prism(detection.detected()));
        json.put("rule_version", 3);
        Device device = detection.device();
        json.putObject("device_info").put("id", device.id).put("name", device.name()).put("serial_number", device.serial);
        json.putObject("blueprint").put("id", device.blueprint().id()).put("name", device.blueprint().name());
        LibraryItem edr = edr();
        json.putObject("library_item").put("id", edr.id()).put("name", edr.name()).put("mal_posture_mode", "protect");
        json.putArray("malware_family");
        json.set("informational_tags", Json.strings(detection.tags()));
        json.putObject("parent_process").put("name", detection.parentProcess()).put("pid", 4100 + device.index % 500)
                .put("owner", detection.owner()).put("image_path", "/bin/" + detection.parentProcess())
                .put("command_line", detection.parentCommand());
        json.putObject("target_process").put("name", detection.targetProcess()).put("pid", 4700 + device.index % 500)
                .put("owner", detection.owner()).put("image_path", "/usr/bin/" + detection.targetProcess())
                .put("command_line", detection.targetCommand());
        return json;
    }

    ObjectNode vulnerability(Vulnerability vulnerability) {
        List<Device> affected = fleet.enrolled().filter(vulnerability.affects()).toList();
        ObjectNode json = Json.object();
        json.put("cve_id", vulnerability.cveId());
        json.put("description", vulnerability.description());
        json.put("severity", vulnerability.severity());
        json.put("cvss_score", vulnerability.cvss());
        json.put("epss_score", vulnerability.epss());
        json.put("kev_score", vulnerability.kev());
        json.put("device_count", affected.size());
        json.put("software_count", affected.isEmpty() ? 0 : vulnerability.softwareCount());
        json.put("first_detection_date", affected.isEmpty() ? null
                : KandjiTime.spacedLocal(vulnerability.published().plus(Duration.ofDays(1))));
        json.put("latest_detection_date", affected.isEmpty() ? null
                : KandjiTime.spacedLocal(affected.stream().map(device -> device.lastCheckIn).max(java.util.Comparator.naturalOrder()).orElseThrow()));
        json.put("cve_published_at", KandjiTime.spacedLocal(vulnerability.published()));
        json.put("cve_modified_at", KandjiTime.spacedLocal(vulnerability.published().plus(Duration.ofDays(2))));
        json.put("cve_link", "https://nvd.nist.gov/vuln/detail/" + vulnerability.cveId());
        return json;
    }

    ObjectNode auditEvent(AuditEvent event) {
        ObjectNode json = Json.object();
        json.put("id", event.id());
        json.put("occurred_at", KandjiTime.iso(event.occurredAt()));
        json.put("action", event.action());
        json.put("actor_id", event.actorId());
        json.put("actor_type", event.actorType());
        json.put("target_id", event.targetId());
        json.put("target_type", event.targetType());
        json.put("target_component", event.targetComponent());
        json.set("new_state", event.newState());
        json.putObject("metadata");
        return json;
    }

    private LibraryItem edr() {
        return fleet.libraryItems.stream().filter(item -> item.type().equals("edr")).findFirst().orElseThrow();
    }
}
