package dev.mdmmcp.simulator.kandji;

/**
 * A library item: a managed app, profile, script or security policy.
 *
 * @param type Kandji's item type, e.g. automatic-app, profile, custom-script
 * @param app for apps: the bundle id of the app it installs, else {@code null}
 */
record LibraryItem(String id, String name, String type, String app) {

    boolean isProfile() {
        return type.equals("profile");
    }
}
