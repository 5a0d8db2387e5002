package dev.mdmmcp.simulator.kandji;

import java.util.List;

/** A blueprint: the apps, profiles and settings its devices get. */
record Blueprint(String id, String name, String description, String type, String color, String icon,
        String enrollmentCode, boolean enrollmentActive, List<LibraryItem> libraryItems) {
}
