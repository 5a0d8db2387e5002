package dev.mdmmcp.simulator.kandji;

import java.util.List;

/** An Apple hardware model as Kandji reports it. */
record HardwareModel(Platform platform, String name, String identifier, String shortName, String code,
        boolean appleSilicon, double capacityGb) {

    static final List<HardwareModel> ALL = List.of(
            new HardwareModel(Platform.MAC, "MacBook Pro (14-inch, 2023)", "Mac15,6", "MacBook Pro", "MBP", true, 494.4),
            new HardwareModel(Platform.MAC, "MacBook Pro (16-inch, 2023)", "Mac15,7", "MacBook Pro", "MBP", true, 994.7),
            new HardwareModel(Platform.MAC, "MacBook Air (M2, 2022)", "Mac14,2", "MacBook Air", "MBA", true, 245.1),
            new HardwareModel(Platform.MAC, "MacBook Air (15-inch, M3, 2024)", "Mac15,13", "MacBook Air", "MBA", true, 494.4),
            new HardwareModel(Platform.MAC, "MacBook Pro (13-inch, M1, 2020)", "MacBookPro17,1", "MacBook Pro", "MBP", true, 245.1),
            new HardwareModel(Platform.MAC, "MacBook Pro (16-inch, 2019)", "MacBookPro16,1", "MacBook Pro", "MBP", false, 499.9),
            new HardwareModel(Platform.MAC, "Mac mini (M2, 2023)", "Mac14,3", "Mac mini", "MINI", true, 245.1),
            new HardwareModel(Platform.MAC, "iMac (24-inch, M3, 2023)", "Mac15,4", "iMac", "IMAC", true, 494.4),
            new HardwareModel(Platform.MAC, "Mac Studio (M2 Max, 2023)", "Mac14,13", "Mac Studio", "STUDIO", true, 994.7),
            new HardwareModel(Platform.IPHONE, "iPhone 15 Pro", "iPhone16,1", "iPhone", "IPHONE", true, 238.3),
            new HardwareModel(Platform.IPHONE, "iPhone 14", "iPhone14,7", "iPhone", "IPHONE", true, 119.2),
            new HardwareModel(Platform.IPHONE, "iPhone 13", "iPhone14,5", "iPhone", "IPHONE", true, 119.2),
            new HardwareModel(Platform.IPHONE, "iPhone SE (3rd generation)", "iPhone14,6", "iPhone", "IPHONE", true, 59.6),
            new HardwareModel(Platform.IPAD, "iPad (10th generation)", "iPad13,18", "iPad", "IPAD", true, 59.6),
            new HardwareModel(Platform.IPAD, "iPad Air (5th generation)", "iPad13,16", "iPad Air", "IPAD", true, 59.6),
            new HardwareModel(Platform.IPAD, "iPad Pro (11-inch) (4th generation)", "iPad14,3", "iPad Pro", "IPAD", true, 119.2),
            new HardwareModel(Platform.APPLE_TV, "Apple TV 4K (3rd generation)", "AppleTV14,1", "Apple TV", "TV", true, 59.6));

    static List<HardwareModel> of(Platform platform) {
        return ALL.stream().filter(model -> model.platform == platform).toList();
    }
}
