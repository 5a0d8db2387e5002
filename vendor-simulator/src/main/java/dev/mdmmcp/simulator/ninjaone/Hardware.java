package dev.mdmmcp.simulator.ninjaone;

/** The hardware identity of a device. */
record Hardware(String manufacturer, String model, String serialNumber, String biosSerialNumber, boolean virtualMachine,
        long memory, String domainRole, int processors, String chassisType) {
}
