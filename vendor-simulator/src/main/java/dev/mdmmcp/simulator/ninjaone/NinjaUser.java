package dev.mdmmcp.simulator.ninjaone;

import java.util.List;

/**
 * A technician or an end user. {@code organizationId} is 0 for technicians; {@code deviceIds}
 * are the devices assigned to an end user.
 */
record NinjaUser(int id, String uid, String firstName, String lastName, String email, boolean technician,
        boolean enabled, boolean administrator, String invitationStatus, boolean mfaConfigured, int organizationId,
        List<Integer> deviceIds, String login) {

    String name() {
        return firstName + " " + lastName;
    }
}
