package dev.mdmmcp.simulator.kandji;

import java.util.List;

/**
 * An OS version a device may run; {@code latest} marks the current release of its platform,
 * every other one is outdated.
 */
record OsRelease(Platform platform, String version, String build, String marketingName, boolean latest,
        double share) {

    static final List<OsRelease> ALL = List.of(
            new OsRelease(Platform.MAC, "15.1", "24B83", "Sequoia", true, 0.42),
            new OsRelease(Platform.MAC, "15.0.1", "24A348", "Sequoia", false, 0.14),
            new OsRelease(Platform.MAC, "14.7.1", "23H222", "Sonoma", false, 0.2),
            new OsRelease(Platform.MAC, "14.6.1", "23G93", "Sonoma", false, 0.1),
            new OsRelease(Platform.MAC, "13.7.1", "22H221", "Ventura", false, 0.09),
            new OsRelease(Platform.MAC, "12.7.6", "21H1320", "Monterey", false, 0.05),
            new OsRelease(Platform.IPHONE, "18.1", "22B83", "iOS 18", true, 0.5),
            new OsRelease(Platform.IPHONE, "18.0.1", "22A3370", "iOS 18", false, 0.2),
            new OsRelease(Platform.IPHONE, "17.7", "21H16", "iOS 17", false, 0.2),
            new OsRelease(Platform.IPHONE, "16.7.10", "20H350", "iOS 16", false, 0.1),
            new OsRelease(Platform.IPAD, "18.1", "22B83", "iPadOS 18", true, 0.55),
            new OsRelease(Platform.IPAD, "17.7", "21H16", "iPadOS 17", false, 0.3),
            new OsRelease(Platform.IPAD, "16.7.10", "20H350", "iPadOS 16", false, 0.15),
            new OsRelease(Platform.APPLE_TV, "18.1", "22J580", "tvOS 18", true, 0.7),
            new OsRelease(Platform.APPLE_TV, "17.6", "21M71", "tvOS 17", false, 0.3));

    static List<OsRelease> of(Platform platform) {
        return ALL.stream().filter(release -> release.platform == platform).toList();
    }
}
