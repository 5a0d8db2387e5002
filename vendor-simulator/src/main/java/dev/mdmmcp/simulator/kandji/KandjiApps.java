package dev.mdmmcp.simulator.kandji;

import java.util.List;
import java.util.Map;

/**
 * The apps of the simulated fleet. Docker ("Docker", com.docker.docker), Google Chrome and Zoom
 * have outdated versions on some devices; Docker's include 4.9.1, which sorts after 4.28.0 as
 * text but is older, so audits must compare versions as numbers.
 */
final class KandjiApps {

    static final String DOCKER_BUNDLE_ID = "com.docker.docker";
    /** Docker Desktop releases older than this are what the zero-day audit looks for. */
    static final String DOCKER_FIXED_VERSION = "4.28.0";

    private KandjiApps() {
    }

    static final List<AppSpec> MAC = List.of(
            app("Safari", "com.apple.Safari", "/Applications/Safari.app", "Apple", "", "public.app-category.productivity",
                    "Apple", List.of("18.1"), new double[] {1}, 1.0, Map.of()),
            app("Kandji Self Service", "io.kandji.KandjiSelfService", "/Applications/Kandji Self Service.app", "Kandji Inc",
                    "P3FGV63VK7", "public.app-category.utilities", "Identified Developer", List.of("4.6.1"), new double[] {1},
                    0.97, Map.of()),
            app("Google Chrome", "com.google.Chrome", "/Applications/Google Chrome.app", "Google LLC", "EQHXZ8M8AV",
                    "public.app-category.productivity", "Identified Developer",
                    List.of("127.0.6533.120", "129.0.6668.101", "130.0.6723.117", "131.0.6778.86"),
                    new double[] {0.08, 0.14, 0.26, 0.52}, 0.82, Map.of()),
            app("Slack", "com.tinyspeck.slackmacgap", "/Applications/Slack.app", "Slack Technologies, Inc.", "BQR82RBBHL",
                    "public.app-category.business", "App Store", List.of("4.39.95", "4.40.133", "4.41.97"),
                    new double[] {0.15, 0.3, 0.55}, 0.78, Map.of()),
            app("zoom.us", "us.zoom.xos", "/Applications/zoom.us.app", "Zoom Video Communications, Inc.", "BJ4HAAB9B3",
                    "public.app-category.productivity", "Identified Developer",
                    List.of("5.16.10", "5.17.11", "6.1.11", "6.2.5", "6.2.10"), new double[] {0.05, 0.12, 0.15, 0.25, 0.43},
                    0.66, Map.of()),
            app("Docker", DOCKER_BUNDLE_ID, "/Applications/Docker.app", "Docker Inc", "9BNSXJN65R",
                    "public.app-category.developer-tools", "Identified Developer",
                    List.of("4.9.1", "4.22.1", "4.25.2", "4.26.1", "4.27.2", "4.28.0", "4.30.0", "4.33.1", "4.35.1", "4.36.0"),
                    new double[] {0.02, 0.03, 0.04, 0.05, 0.08, 0.07, 0.1, 0.15, 0.25, 0.21}, 0.08,
                    Map.of("ENG", 0.85, "OPS", 0.45, "DSN", 0.12)),
            app("Visual Studio Code", "com.microsoft.VSCode", "/Applications/Visual Studio Code.app", "Microsoft Corporation",
                    "UBF8T346G9", "public.app-category.developer-tools", "Identified Developer",
                    List.of("1.93.1", "1.94.2", "1.95.3"), new double[] {0.15, 0.3, 0.55}, 0.1,
                    Map.of("ENG", 0.9, "OPS", 0.5)),
            app("iTerm", "com.googlecode.iterm2", "/Applications/iTerm.app", "GEORGE NACHMAN", "H7V7XYVQ7D",
                    "public.app-category.developer-tools", "Identified Developer", List.of("3.5.4", "3.5.10"),
                    new double[] {0.4, 0.6}, 0.02, Map.of("ENG", 0.6, "OPS", 0.4)),
            app("Xcode", "com.apple.dt.Xcode", "/Applications/Xcode.app", "Apple", "", "public.app-category.developer-tools",
                    "App Store", List.of("15.4", "16.0", "16.1"), new double[] {0.3, 0.3, 0.4}, 0.0, Map.of("ENG", 0.45)),
            app("Postman", "com.postmanlabs.mac", "/Applications/Postman.app", "Postdot Technologies, Inc", "H7H8Q7M5CK",
                    "public.app-category.developer-tools", "Identified Developer", List.of("11.14.1", "11.19.0"),
                    new double[] {0.4, 0.6}, 0.0, Map.of("ENG", 0.4)),
            app("Figma", "com.figma.Desktop", "/Applications/Figma.app", "Figma, Inc.", "T8RA8NE3B7",
                    "public.app-category.graphics-design", "Identified Developer", List.of("124.4.7", "124.6.5"),
                    new double[] {0.35, 0.65}, 0.05, Map.of("DSN", 0.95, "ENG", 0.15)),
            app("Microsoft Excel", "com.microsoft.Excel", "/Applications/Microsoft Excel.app", "Microsoft Corporation",
                    "UBF8T346G9", "public.app-category.productivity", "Identified Developer", List.of("16.89.1", "16.90"),
                    new double[] {0.35, 0.65}, 0.45, Map.of("FIN", 0.98, "SLS", 0.8)),
            app("Microsoft Word", "com.microsoft.Word", "/Applications/Microsoft Word.app", "Microsoft Corporation",
                    "UBF8T346G9", "public.app-category.productivity", "Identified Developer", List.of("16.89.1", "16.90"),
                    new double[] {0.35, 0.65}, 0.5, Map.of("FIN", 0.9, "LEG", 0.98)),
            app("Microsoft Outlook", "com.microsoft.Outlook", "/Applications/Microsoft Outlook.app", "Microsoft Corporation",
                    "UBF8T346G9", "public.app-category.productivity", "Identified Developer", List.of("16.89.1", "16.90"),
                    new double[] {0.3, 0.7}, 0.55, Map.of()),
            app("Microsoft Teams", "com.microsoft.teams2", "/Applications/Microsoft Teams.app", "Microsoft Corporation",
                    "UBF8T346G9", "public.app-category.business", "Identified Developer",
                    List.of("24215.1007.3082.1590", "24277.3502.3161.3007"), new double[] {0.3, 0.7}, 0.35, Map.of()),
            app("1Password", "com.1password.1password", "/Applications/1Password.app", "AgileBits Inc.", "2BUA8C4S2C",
                    "public.app-category.productivity", "Identified Developer", List.of("8.10.44", "8.10.48"),
                    new double[] {0.3, 0.7}, 0.6, Map.of()),
            app("Firefox", "org.mozilla.firefox", "/Applications/Firefox.app", "Mozilla Corporation", "43AQ936H96",
                    "public.app-category.productivity", "Identified Developer", List.of("131.0.3", "132.0.2"),
                    new double[] {0.4, 0.6}, 0.22, Map.of()),
            app("Notion", "notion.id", "/Applications/Notion.app", "Notion Labs, Inc", "LBQJ96FQ8D",
                    "public.app-category.productivity", "Identified Developer", List.of("3.15.0", "4.1.0"),
                    new double[] {0.4, 0.6}, 0.3, Map.of()));

    static final List<AppSpec> MOBILE = List.of(
            mobile("Slack", "com.tinyspeck.chatlyio", "24.11.10", 0.8),
            mobile("Zoom", "us.zoom.videomeetings", "6.2.10", 0.6),
            mobile("Microsoft Outlook", "com.microsoft.Office.Outlook", "4.2445.0", 0.7),
            mobile("Microsoft Teams", "com.microsoft.skype.teams", "6.25.1", 0.4),
            mobile("Google Chrome", "com.google.chrome.ios", "131.0.6778.73", 0.45),
            mobile("1Password", "com.1password.1password", "8.10.48", 0.5));

    private static AppSpec app(String name, String bundleId, String path, String developer, String teamId, String category,
            String source, List<String> versions, double[] shares, double chance, Map<String, Double> byDepartment) {
        return new AppSpec(name, bundleId, path, developer, teamId, category, source, false, versions, shares, chance,
                byDepartment);
    }

    private static AppSpec mobile(String name, String bundleId, String version, double chance) {
        return new AppSpec(name, bundleId, "", "", "", "public.app-category.business", "App Store", true,
                List.of(version), new double[] {1}, chance, Map.of());
    }
}
