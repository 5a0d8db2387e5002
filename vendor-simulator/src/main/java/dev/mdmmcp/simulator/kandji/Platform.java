package dev.mdmmcp.simulator.kandji;

/** Kandji's device platforms, with the family name its fleet inventory (Prism) uses. */
enum Platform {
    MAC("Mac", "Mac"),
    IPHONE("iPhone", "iPhone"),
    IPAD("iPad", "iPad"),
    APPLE_TV("AppleTV", "tvOS");

    private final String apiName;
    private final String family;

    Platform(String apiName, String family) {
        this.apiName = apiName;
        this.family = family;
    }

    String apiName() {
        return apiName;
    }

    /** The {@code device_families} value of the fleet inventory. */
    String family() {
        return family;
    }

    static Platform fromApiName(String name) {
        for (Platform platform : values()) {
            if (platform.apiName.equalsIgnoreCase(name) || platform.family.equalsIgnoreCase(name)) {
                return platform;
            }
        }
        return null;
    }

    boolean isMac() {
        return this == MAC;
    }

    String osName() {
        return switch (this) {
            case MAC -> "macOS";
            case IPHONE -> "iOS";
            case IPAD -> "iPadOS";
            case APPLE_TV -> "tvOS";
        };
    }
}
