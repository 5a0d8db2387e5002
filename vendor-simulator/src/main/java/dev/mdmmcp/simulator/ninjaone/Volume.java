package dev.mdmmcp.simulator.ninjaone;

/** A volume; {@code bitLocker} is null where BitLocker does not apply. */
record Volume(String name, String driveLetter, String label, String fileSystem, long capacity, long freeSpace,
        String serialNumber, BitLocker bitLocker) {

    record BitLocker(String conversionStatus, String encryptionMethod, String protectionStatus) {
    }
}
