package dev.mdmmcp.simulator.kandji;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.simulator.fleet.Derived;
import dev.mdmmcp.simulator.fleet.People;
import dev.mdmmcp.simulator.fleet.Seeded;
import dev.mdmmcp.simulator.fleet.Ulid;
import dev.mdmmcp.simulator.fleet.Versions;
import dev.mdmmcp.simulator.http.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes a Kandji tenant from a seed: blueprints, library items, directory users, tags and
 * devices (mostly Macs, some iPhones, shared iPads and conference-room Apple TVs) with apps,
 * local accounts, activity, commands, EDR findings, CVEs and an audit log. Every random choice
 * comes from one {@link Seeded} in a fixed order.
 */
final class KandjiFleetGenerator {

    private static final List<String> DEPARTMENTS = List.of("ENG", "SLS", "FIN", "DSN", "OPS", "HR", "LEG", "EXE");
    private static final double[] DEPARTMENT_SHARES = {0.32, 0.2, 0.1, 0.08, 0.12, 0.07, 0.05, 0.06};
    private static final Map<String, String> DEPARTMENT_NAMES = Map.of("ENG", "Engineering", "SLS", "Sales", "FIN",
            "Finance", "DSN", "Design", "OPS", "Operations", "HR", "People", "LEG", "Legal", "EXE", "Executive");
    private static final Map<String, List<String>> JOB_TITLES = Map.of(
            "ENG", List.of("Software Engineer", "Senior Software Engineer", "Staff Engineer", "Engineering Manager", "SRE"),
            "SLS", List.of("Account Executive", "Sales Engineer", "Sales Manager", "SDR"),
            "FIN", List.of("Accountant", "Controller", "Financial Analyst", "Payroll Specialist"),
            "DSN", List.of("Product Designer", "UX Researcher", "Design Lead"),
            "OPS", List.of("IT Administrator", "Support Engineer", "Operations Manager"),
            "HR", List.of("People Partner", "Recruiter", "HR Coordinator"),
            "LEG", List.of("Counsel", "Paralegal"),
            "EXE", List.of("CEO", "CFO", "CTO", "VP Sales", "Chief of Staff"));
    private static final List<String> CHECK_COMMANDS = List.of("DeviceInformation", "InstalledApplicationList",
            "ProfileList", "SecurityInfo", "CertificateList", "InstallProfile", "RestartDevice", "ScheduleOSUpdate");

    private final Seeded random;
    private final long seed;
    private final Instant asOf;

    KandjiFleetGenerator(long seed, Instant asOf) {
        this.random = new Seeded(seed);
        this.seed = seed;
        this.asOf = asOf;
    }

    KandjiFleet generate(int deviceCount) {
        Map<String, LibraryItem> items = libraryItems();
        Map<String, Blueprint> blueprints = blueprints(items);
        List<ComplianceParameter> parameters = parameters();
        List<Tag> tags = new ArrayList<>();
        for (String name : List.of("engineering", "sales", "finance", "design", "operations", "people", "legal",
                "executive", "loaner", "loaner-returned", "loaner-2024", "vip", "contractor", "remote", "kiosk")) {
            tags.add(new Tag(random.uuid(), name));
        }

        People people = new People(random, "example.com");
        List<DirectoryUser> users = new ArrayList<>();
        List<DirectoryUser> withMac = new ArrayList<>();
        List<Device> devices = new ArrayList<>();
        Set<String> serials = new HashSet<>();
        long eventId = 90_000;
        for (int index = 0; index < deviceCount; index++) {
            Platform platform = random.pick(List.of(Platform.MAC, Platform.IPHONE, Platform.IPAD, Platform.APPLE_TV),
                    0.72, 0.14, 0.11, 0.03);
            String department = switch (platform) {
                case MAC, IPHONE -> random.pick(DEPARTMENTS, DEPARTMENT_SHARES);
                case IPAD -> "STORE";
                case APPLE_TV -> "CONF";
            };
            DirectoryUser user = null;
            if (platform == Platform.MAC && random.chance(0.94)) {
                user = newUser(people.next(), department, users.size());
                users.add(user);
                withMac.add(user);
            } else if (platform == Platform.IPHONE && random.chance(0.9)) {
                user = withMac.isEmpty() ? null : random.pick(withMac);
            }
            Device device = device(index, platform, department, user, blueprints, serials);
            eventId = history(device, eventId);
            devices.add(device);
        }
        // People with no device: new starters and archived leavers.
        int extra = Math.max(2, deviceCount / 25);
        for (int i = 0; i < extra; i++) {
            String department = random.pick(DEPARTMENTS, DEPARTMENT_SHARES);
            DirectoryUser user = newUser(people.next(), department, users.size());
            users.add(i % 3 == 0 ? user : archived(user));
        }

        List<Device> macs = devices.stream().filter(device -> device.platform.isMac()).toList();
        List<Threat> threats = threats(macs, Math.max(4, deviceCount / 45));
        List<BehavioralDetection> detections = detections(macs, Math.max(3, deviceCount / 70));
        String apiToken = random.uuid();
        List<AuditEvent> audit = auditLog(120 + deviceCount / 4, new ArrayList<>(blueprints.values()), devices, tags,
                apiToken);
        return new KandjiFleet(seed, asOf, new ArrayList<>(blueprints.values()), new ArrayList<>(items.values()),
                parameters, users, tags, devices, threats, detections, vulnerabilities(), audit, apiToken, eventId);
    }

    // ------------------------------------------------------------- catalogue

    private Map<String, LibraryItem> libraryItems() {
        Map<String, LibraryItem> items = new LinkedHashMap<>();
        item(items, "FileVault", "profile", null);
        item(items, "Passcode Policy", "profile", null);
        item(items, "Wi-Fi Corp", "profile", null);
        item(items, "Google Chrome", "automatic-app", "com.google.Chrome");
        item(items, "Zoom", "automatic-app", "us.zoom.xos");
        item(items, "Slack", "automatic-app", "com.tinyspeck.slackmacgap");
        item(items, "EDR", "edr", null);
        item(items, "Managed OS", "managed-os", null);
        item(items, "Docker Desktop", "automatic-app", KandjiApps.DOCKER_BUNDLE_ID);
        item(items, "Visual Studio Code", "automatic-app", "com.microsoft.VSCode");
        item(items, "Figma", "automatic-app", "com.figma.Desktop");
        item(items, "Microsoft 365", "automatic-app", "com.microsoft.Word");
        item(items, "Slack (App Store)", "app-store-app", "com.tinyspeck.chatlyio");
        item(items, "Microsoft Outlook (App Store)", "app-store-app", "com.microsoft.Office.Outlook");
        item(items, "Retail POS", "app-store-app", null);
        item(items, "Conference Room Display", "profile", null);
        return items;
    }

    private void item(Map<String, LibraryItem> items, String name, String type, String app) {
        items.put(name, new LibraryItem(random.uuid(), name, type, app));
    }

    private Map<String, Blueprint> blueprints(Map<String, LibraryItem> items) {
        List<String> base = List.of("FileVault", "Passcode Policy", "Wi-Fi Corp", "Google Chrome", "Zoom", "Slack", "EDR",
                "Managed OS");
        Map<String, Blueprint> blueprints = new LinkedHashMap<>();
        blueprint(blueprints, items, "ENG", "Engineering Macs", "Developer laptops", "classic", "aqua-500", "ss-laptop",
                with(base, "Docker Desktop", "Visual Studio Code"));
        blueprint(blueprints, items, "FIN", "Finance Macs", "", "map", "orange-500", "ss-briefcase",
                with(base, "Microsoft 365"));
        blueprint(blueprints, items, "SLS", "Sales Macs", "Field and inside sales", "classic", "green-400", "ss-chart",
                with(base, "Microsoft 365"));
        blueprint(blueprints, items, "DSN", "Design Macs", "Design team", "classic", "purple-400", "ss-brush",
                with(base, "Figma"));
        blueprint(blueprints, items, "MAC", "Standard Macs", "Everyone else", "classic", "blue-500", "ss-desktop", base);
        blueprint(blueprints, items, "IPHONE", "Company iPhones", "Corporate-owned iPhones", "classic", "gray-500",
                "ss-phone", List.of("Passcode Policy", "Wi-Fi Corp", "Slack (App Store)", "Microsoft Outlook (App Store)"));
        blueprint(blueprints, items, "STORE", "Sales iPads", "Shared retail iPads", "classic", "blue-400", "ss-ipad",
                List.of("Passcode Policy", "Wi-Fi Corp", "Retail POS"));
        blueprint(blueprints, items, "CONF", "Conference Rooms", "Meeting room Apple TVs", "classic", "yellow-400",
                "ss-tv", List.of("Wi-Fi Corp", "Conference Room Display"));
        return blueprints;
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> names = new ArrayList<>(base);
        names.addAll(List.of(more));
        return names;
    }

    private void blueprint(Map<String, Blueprint> blueprints, Map<String, LibraryItem> items, String key, String name,
            String description, String type, String color, String icon, List<String> itemNames) {
        blueprints.put(key, new Blueprint(random.uuid(), name, description, type, color, icon,
                String.valueOf(random.between(100000, 999999)), random.chance(0.7),
                itemNames.stream().map(items::get).toList()));
    }

    private List<ComplianceParameter> parameters() {
        String[][] rows = {
                {"Enable the firewall", "Network", "Firewall"},
                {"Enable stealth mode", "Network", "Firewall"},
                {"Require a password after sleep", "System Settings", "Lock Screen"},
                {"Disable guest account login", "User Accounts & Authentication", "User Accounts"},
                {"Disable automatic login", "User Accounts & Authentication", "Login Window"},
                {"Enable Gatekeeper", "Security & Privacy", "Gatekeeper"},
                {"Enable FileVault", "Security & Privacy", "FileVault"},
                {"Install system data files and security updates", "Software Update", "Automatic Updates"},
                {"Set screen saver idle time to 20 minutes", "System Settings", "Screen Saver"},
                {"Disable remote Apple events", "Sharing", "Remote Apple Events"},
                {"Disable Bluetooth sharing", "Sharing", "Bluetooth"},
                {"Disable Siri", "System Settings", "Siri"}};
        List<ComplianceParameter> parameters = new ArrayList<>();
        for (String[] row : rows) {
            parameters.add(new ComplianceParameter(random.uuid(), row[0], row[1], row[2]));
        }
        return parameters;
    }

    // --------------------------------------------------------------- people

    private DirectoryUser newUser(People.Person person, String department, int number) {
        Instant created = random.before(asOf.minus(Duration.ofDays(30)), Duration.ofDays(1200));
        Instant updated = random.between(created, asOf);
        return new DirectoryUser(random.uuid(), person.name(), person.email(), person.login(),
                DEPARTMENT_NAMES.getOrDefault(department, department), random.pick(JOB_TITLES.get(department)), false,
                String.valueOf(41001 + number), created, updated);
    }

    private static DirectoryUser archived(DirectoryUser user) {
        return new DirectoryUser(user.id(), user.name(), user.email(), user.login(), user.department(), user.jobTitle(),
                true, user.deprecatedId(), user.createdAt(), user.updatedAt());
    }

    // -------------------------------------------------------------- devices

    private Device device(int index, Platform platform, String department, DirectoryUser user,
            Map<String, Blueprint> blueprints, Set<String> serials) {
        HardwareModel model = random.pick(HardwareModel.of(platform));
        List<OsRelease> releases = OsRelease.of(platform);
        OsRelease os = random.pick(releases, releases.stream().mapToDouble(OsRelease::share).toArray());
        Instant enrolled = random.before(asOf.minus(Duration.ofDays(14)), Duration.ofDays(1100));
        boolean missing = random.chance(0.04);
        Instant lastCheckIn = missing
                ? asOf.minus(Duration.ofDays(random.between(31, 120))).minusSeconds(random.between(0, 86_000))
                : random.chance(0.8) ? random.before(asOf, Duration.ofHours(12)) : random.before(asOf, Duration.ofDays(6));
        Instant lastMdm = lastCheckIn.minusSeconds(random.between(30, 900));
        boolean mac = platform.isMac();
        boolean filevault = mac && random.chance(0.92);
        String serial;
        do {
            serial = (mac ? random.pick(List.of("C02", "FVF", "K7X", "H4D")) : random.pick(List.of("F2L", "DMP", "GG7")))
                    + random.alphanumeric(9);
        } while (!serials.add(serial));
        Blueprint blueprint = switch (platform) {
            case MAC -> blueprints.getOrDefault(department, blueprints.get("MAC"));
            case IPHONE -> blueprints.get("IPHONE");
            case IPAD -> blueprints.get("STORE");
            case APPLE_TV -> blueprints.get("CONF");
        };
        String name = switch (platform) {
            case MAC, IPHONE -> department + "-" + model.code() + "-" + String.format("%04d", index + 1);
            case IPAD -> "STORE-IPAD-" + String.format("%04d", index + 1);
            case APPLE_TV -> "CONF-ROOM-" + String.format("%04d", index + 1);
        };
        List<String> deviceTags = new ArrayList<>();
        if ((mac || platform == Platform.IPHONE) && random.chance(0.55)) {
            String departmentTag = switch (department) {
                case "ENG" -> "engineering";
                case "SLS" -> "sales";
                case "FIN" -> "finance";
                case "DSN" -> "design";
                case "OPS" -> "operations";
                case "HR" -> "people";
                case "LEG" -> "legal";
                default -> "executive";
            };
            deviceTags.add(departmentTag);
        }
        if (department.equals("EXE")) {
            deviceTags.add("vip");
        }
        if (mac && user == null) {
            deviceTags.add("loaner");
        }
        if (platform == Platform.IPAD) {
            deviceTags.add("kiosk");
        }
        if (random.chance(0.2) && user != null) {
            deviceTags.add("remote");
        }
        if (random.chance(0.04) && user != null) {
            deviceTags.add("contractor");
        }
        List<InstalledApp> apps = apps(platform, department, enrolled);
        List<LocalUser> localUsers = mac ? localUsers(user, filevault, enrolled) : List.of();
        String xprotect = os.latest() ? "5287" : random.pick(List.of("5286", "5284", "5283"));
        Device device = new Device(index, random.uuid(), serial, platform, model, os, department, enrolled, lastMdm,
                lastCheckIn, lastCheckIn.minus(Duration.ofHours(random.between(2, 24 * 20))),
                mac && random.chance(0.98), random.chance(0.85) ? "4.6.1 (6213)" : "4.5.3 (6100)", missing,
                random.chance(0.95), filevault, filevault && random.chance(0.96), random.chance(0.86), random.chance(0.45),
                random.chance(0.97), xprotect, random.chance(0.98), random.chance(0.92),
                model.appleSilicon() && random.chance(0.7), macAddress(), random.uuid().toUpperCase(), apps, localUsers,
                name, blueprint, user, random.chance(0.6) ? "A-" + String.format("%04d", index + 1) : "", deviceTags);
        if (random.chance(0.01)) {
            device.lostMode("ENABLED");
        }
        return device;
    }

    private String macAddress() {
        String hex = random.hex(12);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i += 2) {
            text.append(i == 0 ? "" : ":").append(hex, i, i + 2);
        }
        return text.toString();
    }

    private List<InstalledApp> apps(Platform platform, String department, Instant enrolled) {
        if (platform == Platform.APPLE_TV) {
            return List.of();
        }
        List<InstalledApp> apps = new ArrayList<>();
        for (AppSpec spec : platform.isMac() ? KandjiApps.MAC : KandjiApps.MOBILE) {
            if (random.chance(spec.chanceFor(department))) {
                String version = random.pick(spec.versions(), spec.versionShares());
                apps.add(new InstalledApp(random.uuid(), spec, version, random.between(enrolled, asOf)));
            }
        }
        return apps;
    }

    private List<LocalUser> localUsers(DirectoryUser user, boolean filevault, Instant enrolled) {
        List<LocalUser> accounts = new ArrayList<>();
        Instant created = enrolled.plusSeconds(600);
        if (user != null) {
            accounts.add(new LocalUser(user.login(), user.name(), 501, random.chance(0.4) ? "Admin" : "Standard", true,
                    filevault, false, random.chance(0.7), random.between(created, asOf), created, random.uuid().toUpperCase()));
        } else {
            accounts.add(new LocalUser("loaner", "Loaner", 501, "Standard", true, filevault, false, false,
                    random.between(created, asOf), created, random.uuid().toUpperCase()));
        }
        if (random.chance(0.6)) {
            accounts.add(new LocalUser("itadmin", "IT Admin", 502, "Admin", true, filevault, true, false,
                    random.between(created, asOf), enrolled.plusSeconds(300), random.uuid().toUpperCase()));
        }
        accounts.add(new LocalUser("root", "System Administrator", 0, "System", false, false, true, false, null, enrolled,
                "FFFFEEEE-DDDD-CCCC-BBBB-AAAA00000000"));
        return accounts;
    }

    /** The device's activity and command queue; returns the last activity id used. */
    private long history(Device device, long lastId) {
        Instant since = device.firstEnrollment.isAfter(asOf.minus(Duration.ofDays(90)))
                ? device.firstEnrollment : asOf.minus(Duration.ofDays(90));
        Instant until = device.lastCheckIn;
        List<DeviceEvent> events = new ArrayList<>();
        long id = lastId;
        if (device.firstEnrollment.equals(since)) {
            events.add(DeviceEvent.change(0, "device_enrolled", since, device.blueprint(), null, device.blueprint().name()));
        }
        int count = random.between(5, 16);
        for (int i = 0; i < count; i++) {
            Instant at = random.between(since, until);
            String type = random.pick(CHECK_COMMANDS);
            String error = null;
            if (type.equals("ScheduleOSUpdate") && !device.os.latest() && random.chance(0.6)) {
                error = random.pick(List.of("The update is not available.", "The device is busy (Not Now).",
                        "Insufficient disk space to download the update."));
            }
            events.add(DeviceEvent.command(0, at, device.blueprint(), type, random.uuid(), error));
        }
        if (random.chance(0.12)) {
            String owner = device.user().map(user -> user.name().split(" ")[0] + "'s " + device.model.shortName())
                    .orElse(device.model.shortName());
            events.add(DeviceEvent.change(0, "name_changed", random.between(since, until), null, owner, device.name()));
        }
        events.sort(Comparator.comparing(DeviceEvent::at));
        for (DeviceEvent event : events) {
            id++;
            device.events.add(new DeviceEvent(id, event.actionType(), event.at(), event.blueprint(), event.commandType(),
                    event.commandUuid(), event.error(), event.from(), event.to()));
        }
        Instant recent = device.lastMdmCheckIn;
        device.commands.add(new MdmCommand(random.uuid(), "DeviceInformation", device.missing ? 1 : 3,
                recent.minusSeconds(120), device.missing ? null : recent.minusSeconds(100), null));
        device.commands.add(new MdmCommand(random.uuid(), "InstalledApplicationList", device.missing ? 1 : 3,
                recent.minusSeconds(120), device.missing ? null : recent.minusSeconds(95), null));
        if (device.platform.isMac()) {
            device.commands.add(new MdmCommand(random.uuid(), "SecurityInfo", 3, recent.minus(Duration.ofHours(6)),
                    recent.minus(Duration.ofHours(6)).plusSeconds(4), null));
            if (!device.os.latest() && random.chance(0.3)) {
                device.commands.add(new MdmCommand(random.uuid(), "ScheduleOSUpdate", 4, recent.minus(Duration.ofDays(1)),
                        recent.minus(Duration.ofDays(1)).plusSeconds(9), "The update is not available."));
            }
        }
        return id;
    }

    // ------------------------------------------------------------- security

    private List<Threat> threats(List<Device> macs, int count) {
        List<String> malware = List.of("EICAR-Test-File", "Adload", "Pirrit", "Shlayer", "XLoader", "Atomic Stealer");
        List<String> pup = List.of("Bundlore", "MacKeeper", "Genieo", "Advanced Mac Cleaner");
        List<Threat> threats = new ArrayList<>();
        for (int i = 0; i < count && !macs.isEmpty(); i++) {
            Device device = random.pick(macs);
            boolean isMalware = i < 3 || random.chance(0.7);
            String name = isMalware ? random.pick(malware) : random.pick(pup);
            String status = i < 3 ? "QUARANTINED" : random.pick(List.of("QUARANTINED", "NOT_QUARANTINED", "RELEASED"),
                    0.7, 0.15, 0.15);
            Instant detected = i < 3 ? random.before(asOf, Duration.ofDays(20)) : random.before(asOf, Duration.ofDays(90));
            String owner = device.lastUserLogin().isEmpty() ? "root" : device.lastUserLogin();
            String path = name.equals("EICAR-Test-File") ? "/Users/" + owner + "/Downloads/eicar.com"
                    : "/Users/" + owner + "/Library/Application Support/" + name.toLowerCase().replace(' ', '-') + "/agent";
            threats.add(new Threat(name, isMalware ? "MALWARE" : "PUP", status, detected, device, path, random.hex(64),
                    random.pick(List.of("curl", "launchd", "bash", "Safari", "Google Chrome")), owner));
        }
        threats.sort(Comparator.comparing(Threat::detected).reversed());
        return threats;
    }

    private List<BehavioralDetection> detections(List<Device> macs, int count) {
        List<BehavioralDetection> detections = new ArrayList<>();
        for (int i = 0; i < count && !macs.isEmpty(); i++) {
            Device device = random.pick(macs);
            boolean malicious = i == 0 || random.chance(0.35);
            Instant detected = i == 0 ? random.before(asOf, Duration.ofDays(3)) : random.before(asOf, Duration.ofDays(60));
            String owner = device.lastUserLogin().isEmpty() ? "root" : device.lastUserLogin();
            detections.add(malicious
                    ? new BehavioralDetection(random.uuid().toUpperCase(), "KTI_BD_0101", "malicious",
                            random.pick(List.of("blocked", "detected")),
                            "A shell spawned a process that reads browser credential stores.", detected, device,
                            List.of("credential_access"), "zsh", "-zsh", "python3", "python3 grab.py", owner)
                    : new BehavioralDetection(random.uuid().toUpperCase(), "KTI_BD_0207", "suspicious", "detected",
                            "A process disabled Gatekeeper assessments with spctl.", detected, device,
                            List.of("defense_evasion"), "bash", "bash install.sh", "spctl",
                            "spctl --master-disable", owner));
        }
        detections.sort(Comparator.comparing(BehavioralDetection::detected).reversed());
        return detections;
    }

    private List<Vulnerability> vulnerabilities() {
        return List.of(
                new Vulnerability("CVE-2024-27834", "A memory handling issue in a browser engine allowed code execution.",
                        "High", 8.1, 0.004, 0, asOf.minus(Duration.ofDays(190)),
                        device -> device.platform.isMac() && Versions.isOlder(device.os.version(), "14.5"), 1),
                new Vulnerability("CVE-2024-7971", "Type confusion in the V8 JavaScript engine allowed remote code execution.",
                        "High", 8.8, 0.31, 1, asOf.minus(Duration.ofDays(90)),
                        device -> device.app("com.google.Chrome")
                                .filter(app -> Versions.isOlder(app.version(), "128.0.6613.84")).isPresent(), 1),
                new Vulnerability("CVE-2024-21626", "A container escape through a leaked file descriptor in runc.",
                        "High", 8.6, 0.02, 0, asOf.minus(Duration.ofDays(300)),
                        device -> device.app(KandjiApps.DOCKER_BUNDLE_ID)
                                .filter(app -> Versions.isOlder(app.version(), KandjiApps.DOCKER_FIXED_VERSION)).isPresent(), 1),
                new Vulnerability("CVE-2024-44308", "Processing web content could lead to arbitrary code execution.",
                        "High", 8.8, 0.12, 1, asOf.minus(Duration.ofDays(10)),
                        device -> !device.platform.equals(Platform.APPLE_TV) && !device.os.latest(), 2),
                new Vulnerability("CVE-2024-6387", "A race condition in the OpenSSH server (regreSSHion).", "High", 8.1,
                        0.09, 0, asOf.minus(Duration.ofDays(140)), device -> false, 0));
    }

    // ---------------------------------------------------------------- audit

    private List<AuditEvent> auditLog(int count, List<Blueprint> blueprints, List<Device> devices, List<Tag> tags,
            String apiToken) {
        List<String> admins = List.of(random.uuid(), random.uuid(), random.uuid(), random.uuid());
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = random.before(asOf, Duration.ofDays(90));
            boolean byToken = random.chance(0.15);
            String actor = byToken ? apiToken : random.pick(admins);
            String actorType = byToken ? "api_token" : "user";
            double kind = random.fraction();
            ObjectNode state = Json.object();
            String action;
            String targetId;
            String targetType;
            String component = "";
            if (kind < 0.25 && !devices.isEmpty()) {
                Device device = random.pick(devices);
                Blueprint blueprint = random.pick(blueprints);
                action = "update";
                targetId = device.id;
                targetType = "device";
                state.put("blueprint_name", blueprint.name());
            } else if (kind < 0.45) {
                Blueprint blueprint = random.pick(blueprints);
                LibraryItem item = random.pick(blueprint.libraryItems());
                action = "update";
                targetId = blueprint.id();
                targetType = "blueprint";
                component = "library_items";
                state.put("name", blueprint.name());
                ArrayNode added = state.putArray("library_items_added");
                ArrayNode removed = state.putArray("library_items_removed");
                (random.chance(0.7) ? added : removed).addObject().put("id", item.id()).put("name", item.name());
            } else if (kind < 0.6 && !devices.isEmpty()) {
                Device device = random.pick(devices);
                action = "view";
                targetId = device.id;
                targetType = "device";
                component = "filevault_recovery_key";
                state.put("device_name", device.name());
            } else if (kind < 0.75) {
                LibraryItem item = random.pick(random.pick(blueprints).libraryItems());
                action = "update";
                targetId = item.id();
                targetType = "library_item";
                state.put("name", item.name());
            } else if (kind < 0.82) {
                Tag tag = random.pick(tags);
                action = "create";
                targetId = tag.id();
                targetType = "tag";
                state.put("name", tag.name());
            } else if (kind < 0.9) {
                action = random.pick(List.of("create", "delete"));
                targetId = random.uuid();
                targetType = "api_token";
                state.put("name", random.pick(List.of("SIEM export", "Okta workflows", "Inventory sync", "mdm-mcp")));
            } else {
                Blueprint blueprint = random.pick(blueprints);
                action = "update";
                targetId = blueprint.id();
                targetType = "blueprint";
                component = "params";
                state.put("name", blueprint.name());
            }
            events.add(new AuditEvent(Ulid.of(at, Derived.hash(seed, "audit-hi", i), Derived.hash(seed, "audit-lo", i)),
                    at, action, actor, actorType, targetId, targetType, component, state));
        }
        events.sort(Comparator.comparing(AuditEvent::id));
        return events;
    }
}
