package dev.mdmmcp.simulator.kandji;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One enrolled device. Hardware, OS and security state are fixed by the seed; what the API can
 * change (name, blueprint, user, asset tag, tags, removal, its command queue and activity) is
 * mutable and safe to read while another request changes it.
 */
final class Device {

    final int index;
    final String id;
    final String serial;
    final Platform platform;
    final HardwareModel model;
    final OsRelease os;
    final String department;
    final Instant firstEnrollment;
    final Instant lastMdmCheckIn;
    final Instant lastCheckIn;
    final Instant bootedAt;
    final boolean agentInstalled;
    final String agentVersion;
    final boolean missing;
    final boolean supervised;
    final boolean filevault;
    final boolean filevaultEscrowed;
    final boolean firewall;
    final boolean stealthMode;
    final boolean gatekeeper;
    final String xprotectVersion;
    final boolean sip;
    final boolean bootstrapTokenEscrowed;
    final boolean recoveryLock;
    final String macAddress;
    final String hardwareUuid;
    final List<InstalledApp> apps;
    final List<LocalUser> localUsers;
    final CopyOnWriteArrayList<DeviceEvent> events = new CopyOnWriteArrayList<>();
    final CopyOnWriteArrayList<MdmCommand> commands = new CopyOnWriteArrayList<>();

    private volatile String name;
    private volatile Blueprint blueprint;
    private volatile DirectoryUser user;
    private volatile String assetTag;
    private volatile List<String> tags;
    private volatile boolean removed;
    private volatile String lostModeStatus = "";

    Device(int index, String id, String serial, Platform platform, HardwareModel model, OsRelease os, String department,
            Instant firstEnrollment, Instant lastMdmCheckIn, Instant lastCheckIn, Instant bootedAt, boolean agentInstalled,
            String agentVersion, boolean missing, boolean supervised, boolean filevault, boolean filevaultEscrowed,
            boolean firewall, boolean stealthMode, boolean gatekeeper, String xprotectVersion, boolean sip,
            boolean bootstrapTokenEscrowed, boolean recoveryLock, String macAddress, String hardwareUuid,
            List<InstalledApp> apps, List<LocalUser> localUsers, String name, Blueprint blueprint, DirectoryUser user,
            String assetTag, List<String> tags) {
        this.index = index;
        this.id = id;
        this.serial = serial;
        this.platform = platform;
        this.model = model;
        this.os = os;
        this.department = department;
        this.firstEnrollment = firstEnrollment;
        this.lastMdmCheckIn = lastMdmCheckIn;
        this.lastCheckIn = lastCheckIn;
        this.bootedAt = bootedAt;
        this.agentInstalled = agentInstalled;
        this.agentVersion = agentVersion;
        this.missing = missing;
        this.supervised = supervised;
        this.filevault = filevault;
        this.filevaultEscrowed = filevaultEscrowed;
        this.firewall = firewall;
        this.stealthMode = stealthMode;
        this.gatekeeper = gatekeeper;
        this.xprotectVersion = xprotectVersion;
        this.sip = sip;
        this.bootstrapTokenEscrowed = bootstrapTokenEscrowed;
        this.recoveryLock = recoveryLock;
        this.macAddress = macAddress;
        this.hardwareUuid = hardwareUuid;
        this.apps = List.copyOf(apps);
        this.localUsers = List.copyOf(localUsers);
        this.name = name;
        this.blueprint = blueprint;
        this.user = user;
        this.assetTag = assetTag;
        this.tags = List.copyOf(tags);
    }

    String name() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }

    Blueprint blueprint() {
        return blueprint;
    }

    void moveTo(Blueprint blueprint) {
        this.blueprint = blueprint;
    }

    Optional<DirectoryUser> user() {
        return Optional.ofNullable(user);
    }

    void assign(DirectoryUser user) {
        this.user = user;
    }

    String assetTag() {
        return assetTag;
    }

    void tagAsset(String assetTag) {
        this.assetTag = assetTag;
    }

    List<String> tags() {
        return tags;
    }

    void replaceTags(List<String> tags) {
        this.tags = List.copyOf(tags);
    }

    boolean removed() {
        return removed;
    }

    void remove() {
        this.removed = true;
    }

    String lostModeStatus() {
        return lostModeStatus;
    }

    void lostMode(String status) {
        this.lostModeStatus = status;
    }

    Optional<InstalledApp> app(String bundleId) {
        return apps.stream().filter(app -> app.app().bundleId().equals(bundleId)).findFirst();
    }

    /** The short login of the last user on the device, e.g. dreyes. */
    String lastUserLogin() {
        return localUsers.stream().filter(local -> local.uid() >= 501 && !local.hidden()).map(LocalUser::username)
                .findFirst().orElse("");
    }
}
