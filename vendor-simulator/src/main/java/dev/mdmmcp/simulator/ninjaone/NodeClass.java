package dev.mdmmcp.simulator.ninjaone;

/** NinjaOne device classes of the simulated fleet, with their default role and policy. */
enum NodeClass {
    WINDOWS_WORKSTATION(1, 21, false, true),
    WINDOWS_SERVER(3, 20, true, true),
    MAC(4, 22, false, false),
    LINUX_SERVER(5, 23, true, false),
    LINUX_WORKSTATION(6, 26, false, false);

    final int roleId;
    final int defaultPolicyId;
    final boolean server;
    final boolean windows;

    NodeClass(int roleId, int defaultPolicyId, boolean server, boolean windows) {
        this.roleId = roleId;
        this.defaultPolicyId = defaultPolicyId;
        this.server = server;
        this.windows = windows;
    }
}
