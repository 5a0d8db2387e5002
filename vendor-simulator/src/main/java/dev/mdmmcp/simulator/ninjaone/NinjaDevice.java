package dev.mdmmcp.simulator.ninjaone;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One managed device. Identity and inventory are fixed by the seed; what the API changes
 * (display name, role, policy, organization, location, warranty, custom data, maintenance,
 * patches, reboots, activity and jobs) is mutable and safe to read during a write.
 */
final class NinjaDevice {

    final int id;
    final String uid;
    final NodeClass nodeClass;
    final String systemName;
    final String dnsName;
    final Instant created;
    final Instant lastContact;
    final boolean offline;
    final String ipAddress;
    final String macAddress;
    final String publicIp;
    final OsInfo os;
    final Hardware hardware;
    final String domain;
    final String lastLoggedInUser;
    final Instant logonTime;
    final String assetTag;
    final List<String> tags;
    final List<Application> software;
    final List<Disk> disks;
    final List<Volume> volumes;
    final Antivirus antivirus;
    final CopyOnWriteArrayList<OsPatch> osPatches = new CopyOnWriteArrayList<>();
    final CopyOnWriteArrayList<OsPatch> osInstalls = new CopyOnWriteArrayList<>();
    final CopyOnWriteArrayList<SoftwarePatch> softwarePatches = new CopyOnWriteArrayList<>();
    final CopyOnWriteArrayList<SoftwarePatch> softwareInstalls = new CopyOnWriteArrayList<>();
    final CopyOnWriteArrayList<Activity> activities = new CopyOnWriteArrayList<>();
    final CopyOnWriteArrayList<Job> jobs = new CopyOnWriteArrayList<>();

    private volatile NinjaUser owner;
    private volatile String displayName;
    private volatile int organizationId;
    private volatile int locationId;
    private volatile int roleId;
    private volatile Integer policyId;
    private volatile ObjectNode userData;
    private volatile ObjectNode warranty;
    private volatile Maintenance maintenance;
    private volatile Instant lastBoot;
    private volatile boolean needsReboot;

    NinjaDevice(int id, String uid, NodeClass nodeClass, String systemName, String dnsName, Instant created,
            Instant lastContact, boolean offline, String ipAddress, String macAddress, String publicIp, OsInfo os,
            Hardware hardware, String domain, String lastLoggedInUser, Instant logonTime, String assetTag,
            List<String> tags, List<Application> software, List<Disk> disks, List<Volume> volumes, Antivirus antivirus,
            int organizationId, int locationId, Instant lastBoot, boolean needsReboot) {
        this.id = id;
        this.uid = uid;
        this.nodeClass = nodeClass;
        this.systemName = systemName;
        this.dnsName = dnsName;
        this.created = created;
        this.lastContact = lastContact;
        this.offline = offline;
        this.ipAddress = ipAddress;
        this.macAddress = macAddress;
        this.publicIp = publicIp;
        this.os = os;
        this.hardware = hardware;
        this.domain = domain;
        this.lastLoggedInUser = lastLoggedInUser;
        this.logonTime = logonTime;
        this.assetTag = assetTag;
        this.tags = List.copyOf(tags);
        this.software = List.copyOf(software);
        this.disks = List.copyOf(disks);
        this.volumes = List.copyOf(volumes);
        this.antivirus = antivirus;
        this.displayName = systemName;
        this.organizationId = organizationId;
        this.locationId = locationId;
        this.roleId = nodeClass.roleId;
        this.lastBoot = lastBoot;
        this.needsReboot = needsReboot;
        this.userData = dev.mdmmcp.simulator.http.Json.object();
    }

    NinjaUser owner() {
        return owner;
    }

    void own(NinjaUser owner) {
        this.owner = owner;
    }

    String displayName() {
        return displayName;
    }

    void displayName(String displayName) {
        this.displayName = displayName;
    }

    int organizationId() {
        return organizationId;
    }

    int locationId() {
        return locationId;
    }

    void move(int organizationId, int locationId) {
        this.organizationId = organizationId;
        this.locationId = locationId;
    }

    int roleId() {
        return roleId;
    }

    void role(int roleId) {
        this.roleId = roleId;
    }

    /** The directly assigned policy, or null when the organization's role mapping applies. */
    Integer policyId() {
        return policyId;
    }

    void policy(Integer policyId) {
        this.policyId = policyId;
    }

    ObjectNode userData() {
        return userData;
    }

    void userData(ObjectNode userData) {
        this.userData = userData;
    }

    ObjectNode warranty() {
        return warranty;
    }

    void warranty(ObjectNode warranty) {
        this.warranty = warranty;
    }

    Maintenance maintenance() {
        return maintenance;
    }

    void maintenance(Maintenance maintenance) {
        this.maintenance = maintenance;
    }

    Instant lastBoot() {
        return lastBoot;
    }

    boolean needsReboot() {
        return needsReboot;
    }

    void rebooted(Instant at) {
        this.lastBoot = at;
        this.needsReboot = false;
    }

    void rebootPending() {
        this.needsReboot = true;
    }

    /** The policy in force: the direct assignment, else the role's policy from the organization mapping. */
    int effectivePolicyId() {
        Integer direct = policyId;
        return direct != null ? direct : nodeClass.defaultPolicyId;
    }
}
