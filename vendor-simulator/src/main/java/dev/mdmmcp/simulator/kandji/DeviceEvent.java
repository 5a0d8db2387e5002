package dev.mdmmcp.simulator.kandji;

import java.time.Instant;

/**
 * One entry of a device's activity: an MDM command that completed or failed, a rename, a
 * blueprint change or an enrollment.
 *
 * @param commandType for commands, e.g. RestartDevice
 * @param error for failed commands, the error text
 * @param from for renames and blueprint changes, the old value
 * @param to for renames and blueprint changes, the new value
 */
record DeviceEvent(long id, String actionType, Instant at, Blueprint blueprint, String commandType, String commandUuid,
        String error, String from, String to) {

    static DeviceEvent command(long id, Instant at, Blueprint blueprint, String type, String uuid, String error) {
        return new DeviceEvent(id, error == null ? "mdm_command_completed" : "mdm_command_failed", at, blueprint, type,
                uuid, error, null, null);
    }

    static DeviceEvent change(long id, String actionType, Instant at, Blueprint blueprint, String from, String to) {
        return new DeviceEvent(id, actionType, at, blueprint, null, null, null, from, to);
    }
}
