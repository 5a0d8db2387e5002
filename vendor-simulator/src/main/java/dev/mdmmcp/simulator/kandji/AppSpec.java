package dev.mdmmcp.simulator.kandji;

import java.util.List;
import java.util.Map;

/**
 * An app that may be installed on a device: its identity as Kandji reports it, the versions out
 * there (oldest first, with their share of installs) and how likely a device of a department
 * has it.
 */
record AppSpec(
        String name,
        String bundleId,
        String path,
        String developer,
        String teamId,
        String category,
        String source,
        boolean mobile,
        List<String> versions,
        double[] versionShares,
        double chance,
        Map<String, Double> chanceByDepartment) {

    double chanceFor(String department) {
        return chanceByDepartment.getOrDefault(department, chance);
    }

    String signature() {
        return switch (source) {
            case "Apple" -> "Software Signing, Apple Code Signing Certification Authority, Apple Root CA";
            case "App Store" -> "Apple Mac OS Application Signing, Apple Worldwide Developer Relations Certification Authority, Apple Root CA";
            default -> "Developer ID Application: " + developer + " (" + teamId + "), Developer ID Certification Authority, Apple Root CA";
        };
    }

    String executable() {
        int slash = path.lastIndexOf('/');
        String file = slash < 0 ? path : path.substring(slash + 1);
        return file.endsWith(".app") ? file.substring(0, file.length() - 4) : file;
    }
}
