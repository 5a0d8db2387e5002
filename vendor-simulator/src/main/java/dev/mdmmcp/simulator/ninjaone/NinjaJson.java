package dev.mdmmcp.simulator.ninjaone;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.simulator.http.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** NinjaOne's JSON shapes of the account's records, field for field as specs/ninjaone describes them. */
final class NinjaJson {

    private final NinjaFleet fleet;
    private final Clock clock;

    NinjaJson(NinjaFleet fleet, Clock clock) {
        this.fleet = fleet;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- devices

    ObjectNode device(NinjaDevice device) {
        ObjectNode json = Json.object();
        json.put("id", device.id);
        json.put("uid", device.uid);
        json.put("organizationId", device.organizationId());
        json.put("locationId", device.locationId());
        json.put("nodeClass", device.nodeClass.name());
        json.put("nodeRoleId", device.roleId());
        json.put("rolePolicyId", device.nodeClass.defaultPolicyId);
        if (device.policyId() != null) {
            json.put("policyId", device.policyId());
        }
        json.put("approvalStatus", "APPROVED");
        json.put("offline", device.offline);
        json.put("displayName", device.displayName());
        json.put("systemName", device.systemName);
        json.put("dnsName", device.dnsName);
        json.set("created", Json.epochSeconds(device.created));
        json.set("lastContact", Json.epochSeconds(device.lastContact));
        json.set("lastUpdate", Json.epochSeconds(device.lastContact.minusSeconds(120)));
        json.put("netbiosName", device.systemName.length() > 15 ? device.systemName.substring(0, 15) : device.systemName);
        if (device.owner() != null) {
            json.put("assignedOwnerUid", device.owner().uid());
        }
        json.set("userData", device.userData());
        json.set("tags", Json.strings(device.tags));
        json.putObject("fields").put("assetTag", device.assetTag)
                .put("backupPlan", device.nodeClass.server ? "Nightly" : "None");
        Maintenance maintenance = device.maintenance();
        if (maintenance != null && maintenance.end().isAfter(clock.instant())) {
            json.putObject("maintenance").put("status", maintenance.status(clock.instant()))
                    .<ObjectNode>set("start", Json.epochSeconds(maintenance.start()))
                    .set("end", Json.epochSeconds(maintenance.end()));
        }
        return json;
    }

    ObjectNode detailed(NinjaDevice device) {
        ObjectNode json = device(device);
        json.set("ipAddresses", Json.strings(List.of(device.ipAddress)));
        json.set("macAddresses", Json.strings(List.of(device.macAddress)));
        json.put("publicIP", device.publicIp);
        json.set("os", os(device));
        json.set("system", system(device));
        json.putObject("memory").put("capacity", device.hardware.memory());
        json.put("lastLoggedInUser", device.lastLoggedInUser);
        json.put("deviceType", "AGENT");
        return json;
    }

    ObjectNode full(NinjaDevice device) {
        ObjectNode json = detailed(device);
        ObjectNode references = json.putObject("references");
        fleet.organization(device.organizationId()).ifPresent(organization -> references.putObject("organization")
                .put("id", organization.id()).put("name", organization.name()));
        fleet.location(device.locationId()).ifPresent(location -> references.putObject("location")
                .put("id", location.id()).put("name", location.name()));
        fleet.policy(device.nodeClass.defaultPolicyId).ifPresent(policy -> references.putObject("rolePolicy")
                .put("id", policy.id()).put("name", policy.name()));
        if (device.policyId() != null) {
            fleet.policy(device.policyId()).ifPresent(policy -> references.putObject("policy")
                    .put("id", policy.id()).put("name", policy.name()));
        }
        references.putObject("role").put("id", device.roleId()).put("name", device.nodeClass.name().replace('_', ' '));
        if (device.warranty() != null) {
            references.set("warranty", device.warranty());
        }
        if (device.owner() != null) {
            NinjaUser owner = device.owner();
            references.putObject("assignedOwner").put("id", owner.id()).put("uid", owner.uid())
                    .put("firstName", owner.firstName()).put("lastName", owner.lastName()).put("email", owner.email());
        }
        return json;
    }

    ObjectNode os(NinjaDevice device) {
        OsInfo os = device.os;
        ObjectNode json = Json.object();
        json.put("manufacturer", os.manufacturer());
        json.put("name", os.name());
        json.put("architecture", os.architecture());
        json.set("lastBootTime", Json.epochSeconds(device.lastBoot()));
        json.put("buildNumber", os.buildNumber());
        json.put("releaseId", os.releaseId());
        json.put("needsReboot", device.needsReboot());
        json.put("locale", "en-US");
        json.put("language", "English");
        return json;
    }

    ObjectNode system(NinjaDevice device) {
        Hardware hardware = device.hardware;
        ObjectNode json = Json.object();
        json.put("name", device.systemName);
        json.put("manufacturer", hardware.manufacturer());
        json.put("model", hardware.model());
        json.put("serialNumber", hardware.serialNumber());
        json.put("biosSerialNumber", hardware.biosSerialNumber());
        json.put("domain", device.domain);
        json.put("domainRole", hardware.domainRole());
        json.put("numberOfProcessors", hardware.processors());
        json.put("totalPhysicalMemory", hardware.memory());
        json.put("virtualMachine", hardware.virtualMachine());
        json.put("chassisType", hardware.chassisType());
        return json;
    }

    ObjectNode application(Application app) {
        return Json.object().put("name", app.name()).put("publisher", app.publisher()).put("version", app.version())
                .put("installDate", DateTimeFormatter.ISO_INSTANT.format(app.installDate().truncatedTo(ChronoUnit.SECONDS)))
                .put("location", app.location()).put("size", app.size()).put("productCode", app.productCode());
    }

    ObjectNode osPatch(OsPatch patch) {
        ObjectNode json = Json.object().put("id", patch.id()).put("name", patch.name()).put("kbNumber", patch.kbNumber())
                .put("severity", patch.severity()).put("status", patch.status()).put("type", patch.type());
        if (patch.installedAt() != null) {
            json.set("installedAt", Json.epochSeconds(patch.installedAt()));
        }
        return json;
    }

    ObjectNode softwarePatch(SoftwarePatch patch) {
        ObjectNode json = Json.object().put("id", patch.id()).put("productIdentifier", patch.productIdentifier())
                .put("title", patch.title()).put("impact", patch.impact()).put("status", patch.status())
                .put("type", patch.type());
        if (patch.installedAt() != null) {
            json.set("installedAt", Json.epochSeconds(patch.installedAt()));
        }
        return json;
    }

    ObjectNode disk(Disk disk) {
        return Json.object().put("name", disk.name()).put("model", disk.model())
                .put("manufacturer", "(Standard disk drives)").put("description", "Disk drive")
                .put("interfaceType", disk.interfaceType()).put("mediaType", disk.mediaType())
                .put("serialNumber", disk.serialNumber()).put("size", disk.size()).put("partitionCount", disk.partitions())
                .put("bytesPerSector", 512).put("smartCapable", disk.smartCapable()).put("status", disk.status());
    }

    ObjectNode volume(Volume volume, boolean withBitLocker) {
        ObjectNode json = Json.object().put("name", volume.name()).put("driveLetter", volume.driveLetter())
                .put("label", volume.label()).put("deviceType", "Local Disk").put("fileSystem", volume.fileSystem())
                .put("autoMount", true).put("compressed", false).put("capacity", volume.capacity())
                .put("freeSpace", volume.freeSpace()).put("serialNumber", volume.serialNumber());
        if (withBitLocker && volume.bitLocker() != null) {
            Volume.BitLocker bitLocker = volume.bitLocker();
            json.putObject("bitLockerStatus").put("conversionStatus", bitLocker.conversionStatus())
                    .put("encryptionMethod", bitLocker.encryptionMethod()).put("protectionStatus", bitLocker.protectionStatus())
                    .put("lockStatus", "UNLOCKED").put("initializedForProtection", bitLocker.protectionStatus().equals("PROTECTED"));
        }
        return json;
    }

    ObjectNode alert(Alert alert, boolean withDevice) {
        ObjectNode json = Json.object();
        json.put("uid", alert.uid());
        json.put("deviceId", alert.deviceId());
        json.put("message", alert.message());
        json.set("createTime", Json.epochSeconds(alert.created()));
        json.set("updateTime", Json.epochSeconds(alert.created().plusSeconds(60)));
        json.put("sourceType", alert.sourceType());
        json.put("sourceName", alert.sourceName());
        json.put("sourceConfigUid", "a7c3e9d1-0b2f-4e6a-8d4c-1f3b5a7c9e00");
        json.put("subject", alert.sourceName());
        json.put("severity", alert.severity());
        json.put("priority", alert.priority());
        json.putObject("data");
        if (withDevice) {
            fleet.device(alert.deviceId()).ifPresent(device -> json.set("device", device(device)));
        }
        return json;
    }

    ObjectNode activity(Activity activity) {
        ObjectNode json = Json.object();
        json.put("id", activity.id());
        json.set("activityTime", Json.epochSeconds(activity.time()));
        if (activity.deviceId() != 0) {
            json.put("deviceId", activity.deviceId());
        }
        json.put("severity", "NONE");
        json.put("priority", "NONE");
        json.put("seriesUid", activity.seriesUid());
        json.put("activityType", activity.activityType());
        json.put("statusCode", activity.statusCode());
        json.put("status", activity.status());
        json.put("activityResult", activity.result());
        json.put("subject", activity.subject());
        json.put("message", activity.message());
        json.put("type", typeName(activity.activityType()));
        json.put("sourceName", activity.sourceName());
        if (activity.userId() != 0) {
            json.put("userId", activity.userId());
        }
        return json;
    }

    private static String typeName(String activityType) {
        StringBuilder name = new StringBuilder();
        for (String word : activityType.split("_")) {
            name.append(name.isEmpty() ? "" : " ").append(word.charAt(0)).append(word.substring(1).toLowerCase());
        }
        return name.toString();
    }

    ObjectNode job(Job job) {
        ObjectNode json = Json.object().put("uid", job.uid()).put("deviceId", job.deviceId()).put("message", job.message())
                .put("subject", job.subject()).put("sourceName", job.sourceName()).put("jobType", job.jobType())
                .put("jobStatus", job.jobStatus());
        json.set("createTime", Json.epochSeconds(job.created()));
        json.set("updateTime", Json.epochSeconds(job.created().plusSeconds(30)));
        if (job.userId() != 0) {
            json.put("userId", job.userId());
        }
        json.putObject("data");
        return json;
    }

    ObjectNode antivirus(Antivirus antivirus) {
        return Json.object().put("productName", antivirus.productName()).put("productState", antivirus.productState())
                .put("definitionStatus", antivirus.definitionStatus()).put("version", antivirus.version());
    }

    ObjectNode loggedOnUser(NinjaDevice device) {
        ObjectNode json = Json.object().put("userName", device.lastLoggedInUser);
        json.set("logonTime", Json.epochSeconds(device.logonTime));
        return json;
    }

    ObjectNode health(NinjaDevice device) {
        Instant now = clock.instant();
        long alerts = fleet.alerts.stream().filter(alert -> alert.deviceId() == device.id).count();
        long pendingOs = device.osPatches.stream().filter(patch -> !patch.status().equals("REJECTED")).count();
        long failedOs = device.osInstalls.stream().filter(patch -> patch.status().equals("FAILED")
                && patch.installedAt().isAfter(now.minus(java.time.Duration.ofDays(30)))).count();
        long pendingSoftware = device.softwarePatches.stream().filter(patch -> patch.status().equals("PENDING")).count();
        long failedSoftware = device.softwareInstalls.stream().filter(patch -> patch.status().equals("FAILED")).count();
        boolean critical = fleet.alerts.stream().anyMatch(alert -> alert.deviceId() == device.id
                && alert.severity().equals("CRITICAL"));
        String health = device.offline || critical || failedOs > 0 ? "UNHEALTHY"
                : alerts > 0 || pendingOs >= 3 || pendingSoftware > 0 || device.needsReboot() ? "NEEDS_ATTENTION" : "HEALTHY";
        ObjectNode json = Json.object();
        json.put("deviceId", device.id);
        json.put("healthStatus", health);
        json.put("offline", device.offline);
        json.put("alertCount", alerts);
        json.put("activeJobCount", device.jobs.stream().filter(job -> job.endsAt() == null || job.endsAt().isAfter(now)).count());
        json.put("activeThreatsCount", 0);
        json.put("quarantinedThreatsCount", 0);
        json.put("blockedThreatsCount", 0);
        json.put("pendingOSPatchesCount", pendingOs);
        json.put("failedOSPatchesCount", failedOs);
        json.put("pendingSoftwarePatchesCount", pendingSoftware);
        json.put("failedSoftwarePatchesCount", failedSoftware);
        if (device.needsReboot()) {
            json.put("pendingRebootReason", "OS updates");
        }
        json.put("installationIssuesCount", 0);
        json.put("avInstallStatus", device.antivirus == null ? "NOT_INSTALLED" : "INSTALLED");
        return json;
    }

    // ------------------------------------------------------ account records

    ObjectNode organization(Organization organization) {
        ObjectNode json = Json.object().put("id", organization.id()).put("name", organization.name())
                .put("description", organization.description()).put("nodeApprovalMode", organization.approvalMode());
        json.set("tags", Json.strings(organization.tags()));
        json.putObject("fields");
        return json;
    }

    ObjectNode organizationDetailed(Organization organization) {
        ObjectNode json = organization(organization);
        json.putObject("userData");
        ArrayNode locations = json.putArray("locations");
        organization.locations().forEach(location -> locations.add(location(location, false)));
        ArrayNode policies = json.putArray("policies");
        for (NodeClass nodeClass : NodeClass.values()) {
            policies.addObject().put("nodeRoleId", nodeClass.roleId).put("policyId", nodeClass.defaultPolicyId);
        }
        return json;
    }

    ObjectNode location(Location location, boolean withOrganization) {
        ObjectNode json = Json.object().put("id", location.id()).put("name", location.name())
                .put("address", location.address()).put("description", location.description());
        if (withOrganization) {
            json.put("organizationId", location.organizationId());
        }
        json.putArray("tags");
        return json;
    }

    ObjectNode policy(Policy policy) {
        ObjectNode json = Json.object().put("id", policy.id());
        if (policy.parentId() != 0) {
            json.put("parentPolicyId", policy.parentId());
        }
        json.put("name", policy.name()).put("description", policy.description())
                .put("nodeClass", policy.nodeClass().name()).put("nodeClassDefault", policy.nodeClassDefault());
        json.set("updated", Json.epochSeconds(policy.updated()));
        json.putArray("tags");
        return json;
    }

    ObjectNode group(Group group, long deviceCount) {
        ObjectNode json = Json.object().put("id", group.id()).put("name", group.name())
                .put("description", group.description()).put("shared", group.shared()).put("deviceCount", deviceCount);
        json.set("created", Json.epochSeconds(group.created()));
        json.set("updated", Json.epochSeconds(group.updated()));
        json.set("lastEvaluated", Json.epochSeconds(clock.instant().minusSeconds(300)));
        json.putArray("tags");
        return json;
    }

    ObjectNode user(NinjaUser user, boolean withRoles) {
        ObjectNode json = Json.object().put("id", user.id()).put("uid", user.uid()).put("firstName", user.firstName())
                .put("lastName", user.lastName()).put("email", user.email()).put("enabled", user.enabled())
                .put("administrator", user.administrator()).put("userType", user.technician() ? "TECHNICIAN" : "END_USER")
                .put("invitationStatus", user.invitationStatus()).put("mfaConfigured", user.mfaConfigured());
        if (!user.technician()) {
            json.put("organizationId", user.organizationId());
        }
        json.set("deviceIds", ints(user.deviceIds()));
        json.set("assignedDeviceIds", ints(user.deviceIds()));
        json.putArray("tags");
        if (withRoles) {
            json.set("roles", Json.strings(List.of(user.administrator() ? "Administrator"
                    : user.technician() ? "Technician" : "Standard end user")));
        }
        return json;
    }

    ObjectNode endUser(NinjaUser user) {
        ObjectNode json = Json.object().put("id", user.id()).put("uid", user.uid()).put("firstName", user.firstName())
                .put("lastName", user.lastName()).put("email", user.email()).put("enabled", user.enabled())
                .put("organizationId", user.organizationId()).put("fullPortalAccess", false)
                .put("mfaConfigured", user.mfaConfigured()).put("authType", "NATIVE")
                .put("invitationStatus", user.invitationStatus());
        json.set("assignedDeviceIds", ints(user.deviceIds()));
        json.set("accessibleDeviceIds", ints(user.deviceIds()));
        json.putArray("roles");
        return json;
    }

    ObjectNode technician(NinjaUser user) {
        ObjectNode json = Json.object().put("id", user.id()).put("uid", user.uid()).put("firstName", user.firstName())
                .put("lastName", user.lastName()).put("email", user.email()).put("enabled", user.enabled())
                .put("administrator", user.administrator()).put("mfaConfigured", user.mfaConfigured())
                .put("authType", "SSO").put("userType", "TECHNICIAN").put("invitationStatus", user.invitationStatus());
        json.putArray("assignedDeviceIds");
        json.putArray("roles");
        return json;
    }

    private static ArrayNode ints(List<Integer> values) {
        ArrayNode array = Json.array();
        values.forEach(array::add);
        return array;
    }
}
