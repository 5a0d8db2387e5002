package dev.mdmmcp.simulator.ninjaone;

import dev.mdmmcp.simulator.fleet.Derived;
import dev.mdmmcp.simulator.fleet.People;
import dev.mdmmcp.simulator.fleet.Seeded;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes a NinjaOne account from a seed: organizations with locations, policies, technicians and
 * end users, and devices (Windows workstations and servers, Macs, Linux) with software, OS and
 * software patches and their install history, disks, volumes, antivirus, alerts, jobs and an
 * activity log; groups, ticket boards and tickets. The first devices are always DB-PROD-01,
 * APP-PROD-02 and FS-BRANCH-01, the servers of the product's example questions.
 */
final class NinjaFleetGenerator {

    static final int FIRST_DEVICE_ID = 101;
    private static final String[] ORGANIZATIONS = {"Contoso Ltd", "Fabrikam Inc", "Northwind Traders", "Tailspin Toys",
            "Woodgrove Bank", "Adventure Works", "Litware Inc", "Proseware Inc", "Wide World Importers",
            "Alpine Ski House", "Coho Winery", "Trey Research"};
    private static final String[] CITIES = {"Leeds", "York", "Denver", "Austin", "Dublin", "Lyon", "Porto", "Graz",
            "Malmo", "Utrecht", "Ghent", "Bergen", "Turin", "Cork"};

    private final Seeded random;
    private final long seed;
    private final Instant asOf;
    private final List<PendingActivity> pending = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final Map<String, Integer> nameCounters = new HashMap<>();
    /** True while DB-PROD-01 is made: it has something for every per-device tool, as in the tool examples. */
    private boolean flagship;

    /** An activity before ids are given out in time order. */
    private record PendingActivity(Instant time, int deviceId, String type, String statusCode, String status,
            String result, String subject, String message, int userId, String sourceName) {
    }

    NinjaFleetGenerator(long seed, Instant asOf) {
        this.random = new Seeded(seed);
        this.seed = seed;
        this.asOf = asOf;
    }

    NinjaFleet generate(int deviceCount) {
        List<Organization> organizations = organizations(Math.max(3, Math.min(12, (deviceCount + 149) / 150)));
        List<Policy> policies = policies();
        List<NinjaUser> users = new ArrayList<>(technicians());
        People people = new People(random, "example.com");
        List<NinjaDevice> devices = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        int nextUserId = 50;
        for (int i = 0; i < deviceCount; i++) {
            int id = FIRST_DEVICE_ID + i;
            flagship = i == 0;
            NodeClass nodeClass = i < 3 ? NodeClass.WINDOWS_SERVER
                    : random.pick(List.of(NodeClass.values()), 0.58, 0.14, 0.15, 0.08, 0.05);
            Organization organization = i < 3 ? organizations.getFirst()
                    : random.chance(0.3) ? organizations.getFirst() : random.pick(organizations);
            Location location = i == 2 && organization.locations().size() > 1 ? organization.locations().get(1)
                    : random.pick(organization.locations());
            NinjaUser owner = null;
            People.Person person = null;
            if (!nodeClass.server) {
                person = people.next();
                owner = new NinjaUser(nextUserId, Derived.uuid(seed, "user", nextUserId), person.firstName(),
                        person.lastName(), person.login() + "@" + organization.domain(), false, true, false,
                        random.chance(0.85) ? "REGISTERED" : "PENDING", random.chance(0.3), organization.id(),
                        List.of(id), person.login());
                nextUserId++;
                users.add(owner);
            }
            NinjaDevice device = device(i, id, nodeClass, organization, location, owner);
            device.own(owner);
            patches(device, i == 0);
            alerts.addAll(alerts(device));
            history(device, i == 1);
            devices.add(device);
        }
        flagship = false;
        List<Activity> activities = numberActivities(devices);
        List<Group> groups = groups();
        List<Board> boards = boards();
        List<Ticket> tickets = tickets(Math.max(30, deviceCount / 8), devices, organizations, users);
        return new NinjaFleet(seed, asOf, organizations, policies, devices, users, groups, boards, tickets, alerts,
                activities);
    }

    // ------------------------------------------------------------ account

    private List<Organization> organizations(int count) {
        List<Organization> organizations = new ArrayList<>();
        int city = 0;
        for (int id = 1; id <= count; id++) {
            String name = ORGANIZATIONS[id - 1];
            String slug = name.split(" ")[0].toLowerCase(Locale.ROOT);
            List<Location> locations = new ArrayList<>();
            locations.add(new Location(id * 10 + 1, id, "Main Office", (id * 7) + " Harbour Road, " + CITIES[city++ % CITIES.length], ""));
            int branches = id == 1 ? 2 : random.between(0, 2);
            for (int b = 0; b < branches; b++) {
                String town = CITIES[city++ % CITIES.length];
                locations.add(new Location(id * 10 + 2 + b, id, "Branch " + town, (10 + b * 12) + " Market St, " + town, ""));
            }
            organizations.add(new Organization(id, name, id == 1 ? "Head office and branches"
                    : "Managed since " + (2019 + id % 6), id % 4 == 2 ? "MANUAL" : "AUTOMATIC",
                    id % 3 == 2 ? List.of("gold") : List.of(), slug + ".example", locations));
        }
        return organizations;
    }

    private List<Policy> policies() {
        Instant updated = asOf.minus(Duration.ofDays(60));
        return List.of(
                new Policy(20, 0, "Windows Servers - Standard", "Monitoring and patching for servers",
                        NodeClass.WINDOWS_SERVER, true, updated),
                new Policy(21, 0, "Windows Workstations - Standard", "Patch Tuesday + 2 days", NodeClass.WINDOWS_WORKSTATION,
                        true, updated.plus(Duration.ofDays(5))),
                new Policy(22, 0, "Mac - Standard", "Monitoring, software patching", NodeClass.MAC, true,
                        updated.plus(Duration.ofDays(9))),
                new Policy(23, 0, "Linux Servers - Standard", "Disk, service and uptime checks", NodeClass.LINUX_SERVER, true,
                        updated.plus(Duration.ofDays(11))),
                new Policy(24, 20, "Windows Servers - SQL", "Adds SQL service checks", NodeClass.WINDOWS_SERVER, false,
                        updated.plus(Duration.ofDays(20))),
                new Policy(25, 21, "Windows Workstations - Finance", "Stricter patch window for finance",
                        NodeClass.WINDOWS_WORKSTATION, false, updated.plus(Duration.ofDays(30))),
                new Policy(26, 0, "Linux Workstations - Standard", "Monitoring only", NodeClass.LINUX_WORKSTATION, true,
                        updated.plus(Duration.ofDays(31))));
    }

    private List<NinjaUser> technicians() {
        String[][] rows = {{"Maria", "Lee"}, {"Omar", "Haddad"}, {"Lena", "Fischer"}, {"Priya", "Nair"},
                {"Tom", "Becker"}, {"Jonas", "Weber"}};
        List<NinjaUser> technicians = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            int id = 7 + i;
            String login = (rows[i][0].charAt(0) + rows[i][1]).toLowerCase(Locale.ROOT);
            technicians.add(new NinjaUser(id, Derived.uuid(seed, "user", id), rows[i][0], rows[i][1],
                    login + "@msp.example.com", true, i != 2, i == 0, "REGISTERED", i != 2, 0, List.of(), login));
        }
        return technicians;
    }

    // ------------------------------------------------------------ devices

    private NinjaDevice device(int index, int id, NodeClass nodeClass, Organization organization, Location location,
            NinjaUser owner) {
        String name = switch (index) {
            case 0 -> "DB-PROD-01";
            case 1 -> "APP-PROD-02";
            case 2 -> "FS-BRANCH-01";
            default -> name(nodeClass, organization, owner);
        };
        names.add(name);
        boolean offline = switch (index) {
            case 0, 2 -> false;
            case 1 -> true;
            default -> random.chance(nodeClass.server ? 0.05 : nodeClass == NodeClass.MAC ? 0.15 : 0.12);
        };
        Instant lastContact = offline
                ? (index == 1 ? asOf.minus(Duration.ofHours(2)) : random.before(asOf.minus(Duration.ofHours(1)), Duration.ofDays(20)))
                : random.before(asOf, Duration.ofMinutes(5));
        OsInfo os = os(nodeClass, index);
        Hardware hardware = hardware(nodeClass);
        String domainPrefix = organization.name().split(" ")[0].toUpperCase(Locale.ROOT);
        String lastUser = switch (nodeClass) {
            case WINDOWS_WORKSTATION -> domainPrefix + "\\" + owner.login();
            case WINDOWS_SERVER -> domainPrefix + "\\" + (name.startsWith("DB") ? "svc-sql" : "adm-" + random.pick(List.of("mlee", "ohaddad", "pnair")));
            case MAC -> owner.login();
            case LINUX_SERVER -> random.pick(List.of("root", "ubuntu", "deploy"));
            case LINUX_WORKSTATION -> owner.login();
        };
        int subnet = location.id() % 250;
        String ip = "10." + organization.id() + "." + subnet + "." + (10 + index % 240);
        List<Application> software = software(nodeClass, name);
        List<Disk> disks = disks(nodeClass, hardware.virtualMachine());
        List<Volume> volumes = volumes(nodeClass, disks);
        Antivirus antivirus = antivirus(nodeClass, organization);
        Instant lastBoot = lastContact.minus(Duration.ofHours(random.between(3, 24 * 30)));
        if (index == 1) {
            lastBoot = lastContact.minus(Duration.ofMinutes(4));
        }
        boolean needsReboot = index == 0 || (nodeClass.windows && random.chance(0.15));
        NinjaDevice device = new NinjaDevice(id, Derived.uuid(seed, "device", id), nodeClass, name,
                name.toLowerCase(Locale.ROOT) + "." + organization.domain(),
                random.before(asOf.minus(Duration.ofDays(30)), Duration.ofDays(900)), lastContact, offline, ip,
                macAddress(), "203.0.113." + (organization.id() * 10 + location.id() % 10), os, hardware,
                nodeClass.windows ? "corp." + organization.domain() : "", lastUser,
                lastContact.minus(Duration.ofMinutes(random.between(5, 60 * 48))),
                "CT-" + String.format("%05d", id), nodeClass.server && random.chance(0.6) ? List.of("prod") : List.of(),
                software, disks, volumes, antivirus, organization.id(), location.id(), lastBoot, needsReboot);
        if (index == 0) {
            device.policy(24);
        }
        return device;
    }

    private String name(NodeClass nodeClass, Organization organization, NinjaUser owner) {
        String code = organization.name().substring(0, 3).toUpperCase(Locale.ROOT);
        String stem = switch (nodeClass) {
            case WINDOWS_WORKSTATION -> code + "-WS-" + owner.login().toUpperCase(Locale.ROOT);
            case WINDOWS_SERVER -> random.pick(List.of("DB", "APP", "FS", "WEB", "DC", "PRINT", "RDS")) + "-"
                    + random.pick(List.of("PROD", "PROD", "STG", "DEV", "BRANCH"));
            case MAC -> "MBP-" + owner.login().toUpperCase(Locale.ROOT);
            case LINUX_SERVER -> "lnx-" + random.pick(List.of("web", "db", "cache", "queue", "build")) + "-"
                    + random.pick(List.of("prod", "stg", "dev"));
            case LINUX_WORKSTATION -> owner.login() + "-ubuntu";
        };
        if (!nodeClass.server) {
            String name = stem;
            for (int n = 2; names.contains(name); n++) {
                name = stem + "-" + n;
            }
            return name;
        }
        String name;
        do {
            int number = nameCounters.merge(stem, 1, Integer::sum);
            name = stem + "-" + String.format("%02d", number);
        } while (names.contains(name));
        return name;
    }

    private OsInfo os(NodeClass nodeClass, int index) {
        return switch (nodeClass) {
            case WINDOWS_WORKSTATION -> random.pick(List.of(
                    new OsInfo("Microsoft Corporation", "Windows 11 Enterprise", "64-bit", "22631.4460", "23H2", true),
                    new OsInfo("Microsoft Corporation", "Windows 11 Pro", "64-bit", "22621.4317", "22H2", false),
                    new OsInfo("Microsoft Corporation", "Windows 10 Pro", "64-bit", "19045.5131", "22H2", true),
                    new OsInfo("Microsoft Corporation", "Windows 10 Enterprise", "64-bit", "19044.3086", "21H2", false)),
                    0.5, 0.15, 0.25, 0.1);
            case WINDOWS_SERVER -> index == 0
                    ? new OsInfo("Microsoft Corporation", "Windows Server 2022 Standard Edition", "64-bit", "20348.2762", "21H2", false)
                    : random.pick(List.of(
                            new OsInfo("Microsoft Corporation", "Windows Server 2022 Standard Edition", "64-bit", "20348.2849", "21H2", true),
                            new OsInfo("Microsoft Corporation", "Windows Server 2019 Standard Edition", "64-bit", "17763.6532", "1809", true),
                            new OsInfo("Microsoft Corporation", "Windows Server 2016 Standard Edition", "64-bit", "14393.7515", "1607", false)),
                    0.55, 0.35, 0.1);
            case MAC -> random.pick(List.of(
                    new OsInfo("Apple Inc.", "macOS 15.1", "arm64", "24B83", "15.1", true),
                    new OsInfo("Apple Inc.", "macOS 14.7.1", "arm64", "23H222", "14.7.1", false),
                    new OsInfo("Apple Inc.", "macOS 13.7.1", "x86_64", "22H221", "13.7.1", false)), 0.55, 0.3, 0.15);
            case LINUX_SERVER, LINUX_WORKSTATION -> random.pick(List.of(
                    new OsInfo("Canonical", "Ubuntu 22.04.5 LTS", "x86_64", "5.15.0-125-generic", "22.04", true),
                    new OsInfo("Canonical", "Ubuntu 20.04.6 LTS", "x86_64", "5.4.0-200-generic", "20.04", false),
                    new OsInfo("Red Hat", "Red Hat Enterprise Linux 9.4", "x86_64", "5.14.0-427.42.1.el9_4", "9.4", true),
                    new OsInfo("Debian", "Debian GNU/Linux 12", "x86_64", "6.1.0-27-amd64", "12", true)),
                    0.45, 0.2, 0.2, 0.15);
        };
    }

    private Hardware hardware(NodeClass nodeClass) {
        return switch (nodeClass) {
            case WINDOWS_WORKSTATION, LINUX_WORKSTATION -> {
                String vendor = random.pick(List.of("Dell Inc.", "LENOVO", "HP"));
                String model = switch (vendor) {
                    case "Dell Inc." -> random.pick(List.of("Latitude 5440", "OptiPlex 7010", "Precision 3581"));
                    case "LENOVO" -> random.pick(List.of("ThinkPad T14 Gen 4", "ThinkPad X1 Carbon Gen 11"));
                    default -> random.pick(List.of("HP EliteBook 840 G10", "HP ProBook 450 G10"));
                };
                String serial = vendor.equals("LENOVO") ? "PF" + random.alphanumeric(6)
                        : vendor.equals("HP") ? "5CG" + random.alphanumeric(7) : random.alphanumeric(7);
                yield new Hardware(vendor, model, serial, serial, false, 17_179_869_184L, "MEMBER_WORKSTATION", 1,
                        model.contains("OptiPlex") ? "DESKTOP" : "NOTEBOOK");
            }
            case WINDOWS_SERVER, LINUX_SERVER -> {
                boolean virtual = random.chance(0.4);
                String model = virtual ? "VMware Virtual Platform"
                        : random.pick(List.of("PowerEdge R650", "PowerEdge R640", "PowerEdge R750", "ProLiant DL380 Gen10"));
                String vendor = virtual ? "VMware, Inc." : model.startsWith("ProLiant") ? "HPE" : "Dell Inc.";
                String serial = virtual ? "VMware-56 4d " + random.hex(4) + " " + random.hex(4) : random.alphanumeric(7);
                yield new Hardware(vendor, model, serial, serial, virtual, virtual ? 34_359_738_368L : 68_719_476_736L,
                        "MEMBER_SERVER", virtual ? 4 : 2, virtual ? "OTHER" : "RACK_MOUNT_CHASSIS");
            }
            case MAC -> {
                String serial = random.pick(List.of("C02", "FVF", "K7X")) + random.alphanumeric(9);
                yield new Hardware("Apple Inc.", random.pick(List.of("MacBookPro18,1", "Mac14,2", "Mac15,6")), serial,
                        serial, false, 17_179_869_184L, "", 1, "NOTEBOOK");
            }
        };
    }

    private String macAddress() {
        String hex = random.hex(12).toUpperCase(Locale.ROOT);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i += 2) {
            text.append(i == 0 ? "" : ":").append(hex, i, i + 2);
        }
        return text.toString();
    }

    private List<Application> software(NodeClass nodeClass, String name) {
        List<Application> apps = new ArrayList<>();
        Instant since = asOf.minus(Duration.ofDays(700));
        switch (nodeClass) {
            case WINDOWS_WORKSTATION -> {
                add(apps, 0.95, "Google Chrome", "Google LLC", List.of("129.0.6668.101", "130.0.6723.117", "131.0.6778.86"),
                        new double[] {0.12, 0.28, 0.6}, "C:\\Program Files\\Google\\Chrome\\Application", 0, since);
                add(apps, 1, "Microsoft Edge", "Microsoft Corporation", List.of("131.0.2903.51"), new double[] {1},
                        "C:\\Program Files (x86)\\Microsoft\\Edge\\Application", 0, since);
                add(apps, 0.9, "Microsoft 365 Apps for enterprise - en-us", "Microsoft Corporation",
                        List.of("16.0.17928.20216", "16.0.18129.20116"), new double[] {0.3, 0.7},
                        "C:\\Program Files\\Microsoft Office", 0, since);
                add(apps, 0.7, "Microsoft Teams", "Microsoft Corporation", List.of("24277.3502.3161.3007"), new double[] {1},
                        "C:\\Program Files\\WindowsApps\\MSTeams", 0, since);
                add(apps, 0.6, "Zoom Workplace", "Zoom Video Communications, Inc.",
                        List.of("5.17.11", "6.1.11", "6.2.10"), new double[] {0.15, 0.3, 0.55},
                        "C:\\Program Files\\Zoom\\bin", 0, since);
                add(apps, 0.55, "7-Zip 23.01 (x64)", "Igor Pavlov", List.of("23.01"), new double[] {1},
                        "C:\\Program Files\\7-Zip\\", 5_767_168, since);
                add(apps, 0.65, "Adobe Acrobat Reader", "Adobe", List.of("24.003.20180", "24.004.20272"),
                        new double[] {0.35, 0.65}, "C:\\Program Files\\Adobe\\Acrobat DC\\", 0, since);
                add(apps, 0.2, "Docker Desktop", "Docker Inc.",
                        List.of("4.24.2", "4.26.1", "4.27.2", "4.28.0", "4.33.1", "4.35.1"),
                        new double[] {0.08, 0.12, 0.15, 0.1, 0.25, 0.3}, "C:\\Program Files\\Docker\\Docker", 2_147_483_648L, since);
                add(apps, 0.3, "Notepad++ (64-bit x64)", "Notepad++ Team", List.of("8.6.9", "8.7.1"), new double[] {0.4, 0.6},
                        "C:\\Program Files\\Notepad++", 0, since);
                add(apps, 0.25, "Mozilla Firefox (x64 en-US)", "Mozilla", List.of("131.0.3", "132.0.2"),
                        new double[] {0.4, 0.6}, "C:\\Program Files\\Mozilla Firefox", 0, since);
            }
            case WINDOWS_SERVER -> {
                add(apps, 1, "Microsoft Edge", "Microsoft Corporation", List.of("131.0.2903.51"), new double[] {1},
                        "C:\\Program Files (x86)\\Microsoft\\Edge\\Application", 0, since);
                add(apps, name.startsWith("DB") ? 1 : 0, "Microsoft SQL Server 2019 (64-bit)", "Microsoft Corporation",
                        List.of("15.0.4385.2"), new double[] {1}, "C:\\Program Files\\Microsoft SQL Server\\", 0, since);
                add(apps, 0.4, "VMware Tools", "VMware, Inc.", List.of("12.4.5"), new double[] {1},
                        "C:\\Program Files\\VMware\\VMware Tools\\", 0, since);
                add(apps, 0.7, "7-Zip 23.01 (x64)", "Igor Pavlov", List.of("23.01"), new double[] {1},
                        "C:\\Program Files\\7-Zip\\", 5_767_168, since);
                add(apps, flagship ? 1 : 0.2, "Google Chrome", "Google LLC", List.of("129.0.6668.101", "131.0.6778.86"),
                        flagship ? new double[] {1, 0} : new double[] {0.4, 0.6}, "C:\\Program Files\\Google\\Chrome\\Application", 0, since);
                add(apps, 0.1, "Docker Desktop", "Docker Inc.", List.of("4.26.1", "4.35.1"), new double[] {0.4, 0.6},
                        "C:\\Program Files\\Docker\\Docker", 2_147_483_648L, since);
            }
            case MAC -> {
                add(apps, 0.9, "Google Chrome", "Google LLC", List.of("130.0.6723.117", "131.0.6778.86"),
                        new double[] {0.3, 0.7}, "/Applications/Google Chrome.app", 0, since);
                add(apps, 0.8, "Slack", "Slack Technologies, Inc.", List.of("4.41.97"), new double[] {1},
                        "/Applications/Slack.app", 0, since);
                add(apps, 0.7, "zoom.us", "Zoom Video Communications, Inc.", List.of("6.1.11", "6.2.10"),
                        new double[] {0.3, 0.7}, "/Applications/zoom.us.app", 0, since);
                add(apps, 0.3, "Docker Desktop", "Docker Inc.", List.of("4.27.2", "4.35.1"), new double[] {0.3, 0.7},
                        "/Applications/Docker.app", 2_147_483_648L, since);
            }
            case LINUX_SERVER, LINUX_WORKSTATION -> {
                add(apps, 1, "openssl", "Ubuntu Developers", List.of("3.0.2-0ubuntu1.18"), new double[] {1}, "/usr/bin", 0, since);
                add(apps, 0.6, "docker-ce", "Docker Inc.", List.of("26.1.4", "27.3.1"), new double[] {0.3, 0.7}, "/usr/bin", 0, since);
                add(apps, nodeClass.server ? 0.5 : 0, "nginx", "Ubuntu Developers", List.of("1.24.0"), new double[] {1},
                        "/usr/sbin", 0, since);
                add(apps, 1, "python3", "Ubuntu Developers", List.of("3.10.12"), new double[] {1}, "/usr/bin", 0, since);
            }
        }
        add(apps, 1, "NinjaRMMAgent", "NinjaRMM LLC", List.of("5.9.1158"), new double[] {1},
                nodeClass.windows ? "C:\\Program Files (x86)\\NinjaRMMAgent" : "/opt/NinjaRMMAgent", 0, since);
        return apps;
    }

    private void add(List<Application> apps, double chance, String name, String publisher, List<String> versions,
            double[] shares, String location, long size, Instant since) {
        if (random.chance(chance)) {
            String version = random.pick(versions, shares);
            apps.add(new Application(name, publisher, version, random.between(since, asOf.minus(Duration.ofDays(1)))
                    .truncatedTo(java.time.temporal.ChronoUnit.DAYS), location,
                    size > 0 ? size : 50_000_000L + random.between(0, 400_000_000), name));
        }
    }

    private List<Disk> disks(NodeClass nodeClass, boolean virtual) {
        List<Disk> disks = new ArrayList<>();
        switch (nodeClass) {
            case WINDOWS_WORKSTATION, LINUX_WORKSTATION -> disks.add(new Disk("\\\\.\\PHYSICALDRIVE0",
                    random.pick(List.of("Samsung PM9A1 NVMe 512GB", "SK hynix PC801 NVMe 512GB", "KIOXIA KXG80ZNV512G")),
                    "SCSI", "Fixed hard disk media", random.alphanumeric(14), 512_110_190_592L, 3, true,
                    random.chance(0.01) ? "Pred Fail" : "OK"));
            case WINDOWS_SERVER, LINUX_SERVER -> {
                String model = virtual ? "VMware Virtual disk SCSI Disk Device" : "DELL PERC H755 SCSI Disk Device";
                disks.add(new Disk("\\\\.\\PHYSICALDRIVE0", model, "SCSI", "Fixed hard disk media", random.hex(12),
                        479_559_942_144L, 3, false, "OK"));
                disks.add(new Disk("\\\\.\\PHYSICALDRIVE1", model, "SCSI", "Fixed hard disk media", random.hex(12),
                        1_919_850_381_312L, 1, false, "OK"));
                if (random.chance(0.3)) {
                    disks.add(new Disk("\\\\.\\PHYSICALDRIVE2", "Samsung SSD 980 PRO 1TB", "SCSI", "Fixed hard disk media",
                            "S5GXNF0T" + random.alphanumeric(6), 1_000_202_273_280L, 1, true,
                            random.chance(0.08) ? "Pred Fail" : "OK"));
                }
            }
            case MAC -> disks.add(new Disk("disk0", "APPLE SSD AP0512Z", "PCI-Express", "Solid State", random.alphanumeric(16),
                    500_277_790_720L, 2, true, "OK"));
        }
        return disks;
    }

    private List<Volume> volumes(NodeClass nodeClass, List<Disk> disks) {
        List<Volume> volumes = new ArrayList<>();
        boolean lowDisk = flagship || random.chance(0.04);
        String serial = random.hex(8).toUpperCase(Locale.ROOT);
        for (int i = 0; i < disks.size(); i++) {
            Disk disk = disks.get(i);
            long capacity = disk.size() - 1_073_741_824L;
            double free = i == disks.size() - 1 && lowDisk ? 0.03 + random.fraction() * 0.05 : 0.15 + random.fraction() * 0.6;
            long freeSpace = (long) (capacity * free);
            if (nodeClass.windows) {
                String letter = String.valueOf((char) ('C' + i)) + ":";
                boolean encrypted = nodeClass.server ? random.chance(0.5) : random.chance(0.9);
                Volume.BitLocker bitLocker = encrypted
                        ? new Volume.BitLocker("FULLY_ENCRYPTED", random.pick(List.of("XTS_AES_128", "XTS_AES_256")), "PROTECTED")
                        : new Volume.BitLocker("FULLY_DECRYPTED", "NONE", "UNPROTECTED");
                volumes.add(new Volume(letter + "\\", letter, i == 0 ? "System" : i == 1 ? "Data" : "Logs", "NTFS",
                        capacity, freeSpace, serial, bitLocker));
            } else {
                String mount = i == 0 ? "/" : i == 1 ? "/var" : "/data";
                volumes.add(new Volume(mount, "", mount, nodeClass == NodeClass.MAC ? "APFS" : "ext4", capacity, freeSpace,
                        serial, null));
            }
        }
        return volumes;
    }

    private Antivirus antivirus(NodeClass nodeClass, Organization organization) {
        if (nodeClass == NodeClass.LINUX_SERVER || nodeClass == NodeClass.LINUX_WORKSTATION) {
            return null;
        }
        boolean bitdefender = organization.id() % 3 == 0 || (nodeClass == NodeClass.MAC && random.chance(0.6));
        if (nodeClass == NodeClass.MAC && !bitdefender) {
            return null;
        }
        String state = random.chance(0.97) ? "ON" : "OFF";
        String definitions = random.chance(0.9) ? "UP_TO_DATE" : "OUT_OF_DATE";
        return bitdefender
                ? new Antivirus("Bitdefender Endpoint Security Tools", state, definitions, "7.9.15.378")
                : new Antivirus("Microsoft Defender Antivirus", state, definitions,
                        definitions.equals("UP_TO_DATE") ? "4.18.24090.11" : "4.18.24080.9");
    }

    // ------------------------------------------------------------ patches

    /** Outstanding OS and software patches and the install history; {@code failRecently} forces a recent failure. */
    private void patches(NinjaDevice device, boolean failRecently) {
        if (device.nodeClass.windows) {
            osPatches(device, failRecently);
        }
        if (device.nodeClass.windows || device.nodeClass == NodeClass.MAC) {
            softwarePatches(device);
        }
    }

    private void osPatches(NinjaDevice device, boolean failRecently) {
        YearMonth month = YearMonth.from(asOf.atZone(ZoneOffset.UTC));
        String product = switch (device.os.name()) {
            case "Windows Server 2022 Standard Edition" -> "Microsoft server operating system version 21H2";
            case "Windows Server 2019 Standard Edition" -> "Windows Server 2019";
            case "Windows Server 2016 Standard Edition" -> "Windows Server 2016";
            default -> device.os.name().startsWith("Windows 11") ? "Windows 11 Version " + device.os.releaseId()
                    : "Windows 10 Version " + device.os.releaseId();
        };
        // Two months ago and last month: installed (an old failure is retried a day later).
        double roll = random.fraction();
        boolean recentFailure = failRecently || roll < 0.07;
        boolean oldFailure = !recentFailure && roll < 0.12;
        for (int ago = 2; ago >= 1; ago--) {
            YearMonth patchMonth = month.minusMonths(ago);
            Instant at = asOf.minus(Duration.ofDays(ago == 2 ? random.between(40, 55) : random.between(17, 30)))
                    .minusSeconds(random.between(0, 80_000));
            OsPatch cumulative = cumulative(patchMonth, product);
            OsPatch dotNet = dotNet(patchMonth, product);
            if (ago == 1 && oldFailure) {
                device.osInstalls.add(installed(cumulative, "FAILED", at));
                device.osInstalls.add(installed(cumulative, "INSTALLED", at.plus(Duration.ofDays(1))));
            } else {
                device.osInstalls.add(installed(cumulative, "INSTALLED", at));
            }
            device.osInstalls.add(installed(dotNet, "INSTALLED", at.plusSeconds(300)));
        }
        device.osInstalls.add(installed(defender(), "INSTALLED", random.before(asOf, Duration.ofDays(3))));
        OsPatch current = cumulative(month, product);
        OsPatch currentDotNet = dotNet(month, product);
        if (recentFailure) {
            Instant at = asOf.minus(Duration.ofDays(random.between(1, 12))).minusSeconds(random.between(0, 80_000));
            device.osInstalls.add(installed(current, "FAILED", at));
            device.osPatches.add(outstanding(current, "FAILED"));
            device.osPatches.add(outstanding(currentDotNet, "APPROVED"));
        } else if (random.chance(0.8)) {
            Instant at = asOf.minus(Duration.ofDays(random.between(1, 12))).minusSeconds(random.between(0, 80_000));
            device.osInstalls.add(installed(current, "INSTALLED", at));
            device.osInstalls.add(installed(currentDotNet, "INSTALLED", at.plusSeconds(240)));
        } else {
            device.osPatches.add(outstanding(current, "APPROVED"));
            device.osPatches.add(outstanding(currentDotNet, random.chance(0.7) ? "APPROVED" : "MANUAL"));
        }
        if (random.chance(0.5)) {
            device.osPatches.add(outstanding(new OsPatch(null,
                    "Windows Malicious Software Removal Tool x64 - v5." + (100 + month.getMonthValue() + (month.getYear() - 2024) * 12)
                            + " (KB890830)", "KB890830", "OPTIONAL", null, "UPDATE_ROLLUPS", null), "MANUAL"));
        }
        if (!device.os.latest() && random.chance(0.4)) {
            device.osPatches.add(outstanding(new OsPatch(null, "Feature update to " + (device.os.name().contains("Server")
                    ? device.os.name() : device.os.name().startsWith("Windows 11") ? "Windows 11, version 23H2"
                    : "Windows 10, version 22H2"), "", "OPTIONAL", null, "FEATURE_PACKS", null), "REJECTED"));
        }
    }

    private OsPatch cumulative(YearMonth month, String product) {
        return new OsPatch(null, month + " Cumulative Update for " + product + " for x64-based Systems (" + kb(month, 0) + ")",
                kb(month, 0), "CRITICAL", null, "SECURITY_UPDATES", null);
    }

    private OsPatch dotNet(YearMonth month, String product) {
        return new OsPatch(null, month + " Cumulative Update for .NET Framework 3.5, 4.8 and 4.8.1 for " + product + " ("
                + kb(month, 1) + ")", kb(month, 1), "IMPORTANT", null, "SECURITY_UPDATES", null);
    }

    private static OsPatch defender() {
        return new OsPatch(null, "Security Intelligence Update for Microsoft Defender Antivirus - KB2267602",
                "KB2267602", "OPTIONAL", null, "DEFINITION_UPDATES", null);
    }

    private static String kb(YearMonth month, int n) {
        int index = (month.getYear() - 2024) * 12 + month.getMonthValue();
        return "KB50" + (44000 + index * 40 + n * 7);
    }

    private OsPatch installed(OsPatch patch, String status, Instant at) {
        return new OsPatch(Derived.uuid(seed, "os-install", patch.kbNumber(), at.toEpochMilli()), patch.name(),
                patch.kbNumber(), patch.severity(), status, patch.type(), at);
    }

    private OsPatch outstanding(OsPatch patch, String status) {
        return new OsPatch(Derived.uuid(seed, "os-patch", patch.kbNumber(), patch.name()), patch.name(), patch.kbNumber(),
                patch.severity(), status, patch.type(), null);
    }

    private void softwarePatches(NinjaDevice device) {
        for (Application app : device.software) {
            String latest = switch (app.name()) {
                case "Google Chrome" -> "131.0.6778.86";
                case "Zoom Workplace", "zoom.us" -> "6.2.10";
                case "Adobe Acrobat Reader" -> "24.004.20272";
                case "Docker Desktop" -> "4.36.0";
                case "Mozilla Firefox (x64 en-US)" -> "132.0.2";
                default -> null;
            };
            if (latest == null) {
                continue;
            }
            String product = Derived.uuid(seed, "product", app.name());
            String impact = app.name().equals("Google Chrome") || app.name().startsWith("Adobe") ? "CRITICAL" : "RECOMMENDED";
            String title = app.name().replace(" (x64 en-US)", "") + " " + latest;
            if (!app.version().equals(latest)) {
                String status = random.chance(0.85) ? "PENDING" : "REJECTED";
                device.softwarePatches.add(new SoftwarePatch(Derived.uuid(seed, "sw-patch", product, latest), product,
                        title, impact, status, "PATCH", null));
                if (random.chance(0.25)) {
                    device.softwareInstalls.add(new SoftwarePatch(Derived.uuid(seed, "sw-install", device.id, product),
                            product, title, impact, "FAILED", "PATCH", random.before(asOf, Duration.ofDays(20))));
                }
            } else if (random.chance(0.7)) {
                device.softwareInstalls.add(new SoftwarePatch(Derived.uuid(seed, "sw-install", device.id, product), product,
                        title, impact, "INSTALLED", "PATCH", random.before(asOf, Duration.ofDays(25))));
            }
        }
    }

    // ------------------------------------------------------------- alerts

    private List<Alert> alerts(NinjaDevice device) {
        List<Alert> alerts = new ArrayList<>();
        if (device.offline && device.nodeClass.server) {
            Duration down = Duration.between(device.lastContact, asOf);
            String duration = down.toHours() >= 48 ? down.toDays() + " days" : down.toHours() >= 1 ? down.toHours() + " hours"
                    : down.toMinutes() + " minutes";
            alerts.add(alert(device, device.systemName + " has been offline for " + duration, "AGENT_OFFLINE",
                    "Device offline", "CRITICAL", "HIGH", device.lastContact.plus(Duration.ofMinutes(5))));
        }
        if (device.needsReboot() && device.nodeClass.windows && (flagship || random.chance(0.5))) {
            alerts.add(alert(device, "A reboot has been pending for more than 3 days", "CONDITION_PENDING_REBOOT",
                    "Pending reboot", "MINOR", "LOW", random.before(asOf, Duration.ofDays(3))));
        }
        for (Volume volume : device.volumes) {
            double free = (double) volume.freeSpace() / volume.capacity();
            if (free < 0.1) {
                String label = volume.driveLetter().isEmpty() ? volume.name() : volume.driveLetter();
                alerts.add(alert(device, "Volume " + label + " has " + Math.round(free * 100) + "% free space",
                        "CONDITION_AGENT_DISK_FREE_SPACE", "Disk space below 10%", free < 0.05 ? "CRITICAL" : "MAJOR",
                        "HIGH", random.before(asOf, Duration.ofDays(2))));
            }
        }
        if (!device.offline && (flagship || random.chance(0.03))) {
            alerts.add(alert(device, "CPU usage above 90% for 15 minutes", "CONDITION_AGENT_CPU", "CPU above 90%", "MODERATE",
                    "MEDIUM", random.before(asOf, Duration.ofHours(6))));
        }
        if (device.antivirus != null && device.antivirus.productState().equals("OFF")) {
            alerts.add(alert(device, device.antivirus.productName() + " is turned off", "CONDITION_ANTIVIRUS_DISABLED",
                    "Antivirus disabled", "CRITICAL", "HIGH", random.before(asOf, Duration.ofDays(4))));
        }
        return alerts;
    }

    private Alert alert(NinjaDevice device, String message, String sourceType, String sourceName, String severity,
            String priority, Instant created) {
        return new Alert(Derived.uuid(seed, "alert", device.id, sourceType, message), device.id, message, sourceType,
                sourceName, severity, priority, created);
    }

    // ------------------------------------------------------------ history

    /** The device's activity; {@code rebootedBeforeGoingOffline} plants a technician's reboot just before the last contact. */
    private void history(NinjaDevice device, boolean rebootedBeforeGoingOffline) {
        Instant until = device.lastContact;
        Instant since = until.minus(Duration.ofDays(30));
        for (Instant scan = since.plus(Duration.ofHours(random.between(1, 60))); scan.isBefore(until);
                scan = scan.plus(Duration.ofHours(random.between(48, 96)))) {
            if (device.nodeClass.windows) {
                add(device, scan, "PATCH_MANAGEMENT", "PATCH_MANAGEMENT_SCAN_COMPLETED", "Patch Management Scan Completed",
                        "Patch scan", "OS patch scan finished", 0);
            }
            if (random.chance(0.25)) {
                add(device, scan.plus(Duration.ofHours(2)), "SCRIPTING", "COMPLETED", "Completed", "Script",
                        random.pick(List.of("Clear temp files completed", "Collect event logs completed",
                                "Restart print spooler completed")), random.chance(0.5) ? 7 + random.between(0, 4) : 0);
            }
        }
        for (OsPatch install : device.osInstalls) {
            if (install.installedAt().isAfter(since.minus(Duration.ofDays(30)))) {
                boolean ok = install.status().equals("INSTALLED");
                add(device, install.installedAt(), "PATCH_MANAGEMENT",
                        ok ? "PATCH_MANAGEMENT_INSTALLED" : "PATCH_MANAGEMENT_INSTALL_FAILED",
                        ok ? "Patch Management Installed" : "Patch Management Install Failed",
                        ok ? "Patch installed" : "Patch install failed",
                        install.kbNumber() + (ok ? " installed" : " failed to install (0x800f0922)"), 0);
            }
        }
        for (SoftwarePatch install : device.softwareInstalls) {
            boolean ok = install.status().equals("INSTALLED");
            add(device, install.installedAt(), "SOFTWARE_PATCH_MANAGEMENT",
                    ok ? "SOFTWARE_PATCH_MANAGEMENT_INSTALLED" : "SOFTWARE_PATCH_MANAGEMENT_INSTALL_FAILED",
                    ok ? "Software Patch Installed" : "Software Patch Install Failed", "Software patch",
                    install.title() + (ok ? " installed" : " failed to install"), 0);
        }
        add(device, device.lastBoot(), "SYSTEM", "SYSTEM_REBOOTED", "System Rebooted", "System rebooted",
                device.systemName + " restarted", 0);
        if (rebootedBeforeGoingOffline) {
            add(device, device.lastBoot().minusSeconds(60), "ACTION", "COMPLETED", "Completed", "Reboot",
                    "Reboot requested by technician", 7);
        } else if (random.chance(0.3)) {
            Instant earlier = random.between(since, device.lastBoot());
            add(device, earlier, "SYSTEM", "SYSTEM_REBOOTED", "System Rebooted", "System rebooted",
                    device.systemName + " restarted", 0);
            if (random.chance(0.4)) {
                add(device, earlier.minusSeconds(90), "ACTION", "COMPLETED", "Completed", "Reboot",
                        "Reboot requested by technician", 7 + random.between(0, 4));
            }
        }
        if (!device.nodeClass.server || device.nodeClass.windows) {
            add(device, device.logonTime, "SYSTEM", "USER_LOGGED_IN", "User Logged In", "User logged in",
                    device.lastLoggedInUser + " logged in", 0);
        }
        if (device.offline && device.nodeClass.server) {
            add(device, device.lastContact.plus(Duration.ofMinutes(5)), "CONDITION", "TRIGGERED", "Triggered", "Device offline",
                    device.systemName + " stopped responding", 0);
        }
        if (random.chance(0.2) && device.antivirus != null) {
            add(device, random.between(since, until), "ANTIVIRUS", "COMPLETED", "Completed", "Quick scan",
                    "Quick scan found no threats", 0);
        }
    }

    private void add(NinjaDevice device, Instant time, String type, String statusCode, String status, String subject,
            String message, int userId) {
        pending.add(new PendingActivity(time, device.id, type, statusCode, status, "SUCCESS", subject, message, userId,
                policyName(device)));
    }

    private static String policyName(NinjaDevice device) {
        return switch (device.nodeClass) {
            case WINDOWS_SERVER -> "Windows Servers - Standard";
            case WINDOWS_WORKSTATION -> "Windows Workstations - Standard";
            case MAC -> "Mac - Standard";
            case LINUX_SERVER -> "Linux Servers - Standard";
            case LINUX_WORKSTATION -> "Linux Workstations - Standard";
        };
    }

    /** Gives every activity its id in time order (plus a few technician logins) and files it under its device. */
    private List<Activity> numberActivities(List<NinjaDevice> devices) {
        for (int i = 0; i < 12; i++) {
            pending.add(new PendingActivity(random.before(asOf, Duration.ofDays(30)), 0, "USER", "USER_LOGGED_IN",
                    "User Logged In", "SUCCESS", "Technician logged in", "Technician signed in to the dashboard",
                    7 + random.between(0, 5), "Dashboard"));
        }
        pending.sort(Comparator.comparing(PendingActivity::time).thenComparing(PendingActivity::deviceId));
        Map<Integer, NinjaDevice> byId = new HashMap<>();
        devices.forEach(device -> byId.put(device.id, device));
        List<Activity> activities = new ArrayList<>(pending.size());
        long id = 800_000;
        for (PendingActivity entry : pending) {
            id++;
            Activity activity = new Activity(id, entry.time(), entry.deviceId(), entry.type(), entry.statusCode(),
                    entry.status(), entry.result(), entry.subject(), entry.message(), entry.userId(),
                    Derived.uuid(seed, "series", id), entry.sourceName());
            activities.add(activity);
            NinjaDevice device = byId.get(entry.deviceId());
            if (device != null) {
                device.activities.add(activity);
            }
        }
        pending.clear();
        for (NinjaDevice device : devices) {
            boolean first = device.id == FIRST_DEVICE_ID;
            if (!device.offline && (first || random.chance(0.04))) {
                String type = first ? "PATCH_MANAGEMENT" : random.pick(List.of("PATCH_MANAGEMENT", "SCRIPTING", "ANTIVIRUS"));
                device.jobs.add(new Job(Derived.uuid(seed, "job", device.id), device.id, switch (type) {
                    case "PATCH_MANAGEMENT" -> "Applying OS patches";
                    case "SCRIPTING" -> "Running script Clear temp files";
                    default -> "Antivirus quick scan";
                }, type.equals("SCRIPTING") ? "Script" : type.equals("ANTIVIRUS") ? "AV scan" : "Patch apply",
                        policyName(device), type, type.equals("PATCH_MANAGEMENT") ? "IN_PROCESS" : "STARTED",
                        random.before(asOf, Duration.ofMinutes(30)), type.equals("SCRIPTING") ? 7 : 0, null));
            }
        }
        return activities;
    }

    // ------------------------------------------------------ groups, tickets

    private List<Group> groups() {
        Instant created = asOf.minus(Duration.ofDays(300));
        return List.of(
                new Group(31, "Servers offline", "", true, "class in (WINDOWS_SERVER,LINUX_SERVER) AND offline", created,
                        created.plus(Duration.ofDays(10))),
                new Group(32, "Macs", "Every Mac", true, "class in (MAC)", created, created.plus(Duration.ofDays(12))),
                new Group(33, "Windows servers", "", true, "class in (WINDOWS_SERVER)", created, created),
                new Group(34, "Offline workstations", "Workstations that are down", false,
                        "class in (WINDOWS_WORKSTATION) AND offline", created, created),
                new Group(35, "Contoso devices", "", true, "org = 1", created, created));
    }

    private List<Board> boards() {
        Instant created = asOf.minus(Duration.ofDays(400));
        return List.of(
                new Board(1, Derived.uuid(seed, "board", 1), "My tickets", "", true, List.of("id", "summary", "status"),
                        ticket -> ticket.assigneeId() == 7 && ticket.status().open(), created, created),
                new Board(2, Derived.uuid(seed, "board", 2), "All tickets", "", true,
                        List.of("id", "summary", "status", "organization"), ticket -> true, created, created),
                new Board(3, Derived.uuid(seed, "board", 3), "Open tickets", "", true,
                        List.of("id", "summary", "status", "priority", "assignedAppUser"), ticket -> ticket.status().open(),
                        created, created),
                new Board(6, Derived.uuid(seed, "board", 6), "Open server incidents", "Type INCIDENT on servers", false,
                        List.of("id", "summary", "status", "device"), ticket -> ticket.type().equals("INCIDENT")
                                && ticket.status().open() && ticket.deviceId() != 0, created.plus(Duration.ofDays(50)),
                        created.plus(Duration.ofDays(90))));
    }

    private List<Ticket> tickets(int count, List<NinjaDevice> devices, List<Organization> organizations,
            List<NinjaUser> users) {
        List<NinjaUser> endUsers = users.stream().filter(user -> !user.technician()).toList();
        List<NinjaDevice> servers = devices.stream().filter(device -> device.nodeClass.server).toList();
        List<Ticket> tickets = new ArrayList<>();
        String[] printer = {"Printer on 2nd floor not printing", "Printer driver install fails on %s",
                "Replace toner in label printer"};
        String[] desk = {"Outlook keeps asking for password", "VPN disconnects every hour on %s",
                "Zoom crashes when sharing screen", "Request: install Docker Desktop on %s", "Password reset",
                "New starter laptop setup", "Blue screen on %s after update", "Teams camera not detected on %s"};
        for (int i = 0; i < count; i++) {
            int id = 4000 + i * 3 + random.between(0, 2);
            boolean incident = !servers.isEmpty() && random.chance(0.2);
            NinjaDevice device = incident ? random.pick(servers) : random.chance(0.7) ? random.pick(devices) : null;
            String subject;
            if (incident) {
                subject = random.pick(List.of("%s is offline", "Disk space low on %s", "Patch install failed on %s",
                        "High CPU on %s")).formatted(device.systemName);
            } else if (i < 3 || random.chance(0.1)) {
                subject = printer[i % printer.length].formatted(device == null ? "WS-FIN-07" : device.systemName);
            } else {
                subject = random.pick(List.of(desk)).formatted(device == null ? "a laptop" : device.systemName);
            }
            Organization organization = device != null
                    ? organizations.stream().filter(o -> o.id() == device.organizationId()).findFirst().orElseThrow()
                    : random.pick(organizations);
            List<NinjaUser> sameOrganization = endUsers.stream().filter(u -> u.organizationId() == organization.id()).toList();
            NinjaUser requester = sameOrganization.isEmpty() ? (endUsers.isEmpty() ? null : random.pick(endUsers))
                    : random.pick(sameOrganization);
            TicketStatus status = random.pick(TicketStatus.ALL, 0.2, 0.3, 0.12, 0.05, 0.33);
            Instant created = random.before(asOf.minus(Duration.ofHours(1)), Duration.ofDays(60));
            Instant updated = random.between(created, asOf);
            tickets.add(new Ticket(id, subject, status, incident ? "INCIDENT" : random.pick(List.of("PROBLEM", "QUESTION", "TASK")),
                    random.pick(List.of("NONE", "LOW", "MEDIUM", "HIGH", "URGENT"), 0.2, 0.3, 0.3, 0.15, 0.05),
                    incident ? random.pick(List.of("MAJOR", "CRITICAL")) : "NONE",
                    random.pick(List.of("EMAIL", "PHONE_CALL", "WEB_FORM", "TECHNICIAN")),
                    device == null ? 0 : device.id, organization.id(),
                    device == null ? organization.locations().getFirst().id() : device.locationId(),
                    status == TicketStatus.NEW ? 0 : 7 + random.between(0, 5),
                    requester == null ? "" : requester.uid(),
                    subject.toLowerCase(Locale.ROOT).contains("printer") ? List.of("printing") : List.of(), created, updated,
                    random.between(0, 7200)));
        }
        return tickets;
    }
}
