package dev.mdmmcp.simulator.ninjaone;

import java.util.List;

/** The ticket statuses of NinjaOne's default workflow. */
record TicketStatus(int statusId, String name, String displayName) {

    static final TicketStatus NEW = new TicketStatus(1000, "NEW", "New");
    static final TicketStatus OPEN = new TicketStatus(2000, "OPEN", "Open");
    static final TicketStatus WAITING = new TicketStatus(3000, "WAITING", "Waiting");
    static final TicketStatus PAUSED = new TicketStatus(4000, "PAUSED", "Paused");
    static final TicketStatus CLOSED = new TicketStatus(5000, "CLOSED", "Closed");
    static final List<TicketStatus> ALL = List.of(NEW, OPEN, WAITING, PAUSED, CLOSED);

    boolean open() {
        return this != CLOSED;
    }
}
