package dev.mdmmcp.simulator.ninjaone;

import dev.mdmmcp.simulator.fleet.Derived;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The state of a simulated NinjaOne account: what {@link NinjaFleetGenerator} made from the
 * seed, plus what writes changed since.
 */
final class NinjaFleet {

    final long seed;
    final Instant asOf;
    final List<Organization> organizations;
    final List<Policy> policies;
    final List<NinjaDevice> devices;
    final List<NinjaUser> users;
    final List<Group> groups;
    final List<Board> boards;
    final CopyOnWriteArrayList<Ticket> tickets;
    final CopyOnWriteArrayList<Alert> alerts;
    /** Every activity, oldest first (ascending ids). */
    final CopyOnWriteArrayList<Activity> activities;
    private final Map<Integer, NinjaDevice> byId = new LinkedHashMap<>();
    private final AtomicLong activityIds;

    NinjaFleet(long seed, Instant asOf, List<Organization> organizations, List<Policy> policies, List<NinjaDevice> devices,
            List<NinjaUser> users, List<Group> groups, List<Board> boards, List<Ticket> tickets, List<Alert> alerts,
            List<Activity> activities) {
        this.seed = seed;
        this.asOf = asOf;
        this.organizations = List.copyOf(organizations);
        this.policies = List.copyOf(policies);
        this.devices = List.copyOf(devices);
        this.users = List.copyOf(users);
        this.groups = List.copyOf(groups);
        this.boards = List.copyOf(boards);
        this.tickets = new CopyOnWriteArrayList<>(tickets);
        this.alerts = new CopyOnWriteArrayList<>(alerts);
        this.activities = new CopyOnWriteArrayList<>(activities);
        this.activityIds = new AtomicLong(activities.isEmpty() ? 800_000 : activities.getLast().id());
        devices.forEach(device -> byId.put(device.id, device));
    }

    Optional<NinjaDevice> device(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Organization> organization(int id) {
        return organizations.stream().filter(organization -> organization.id() == id).findFirst();
    }

    Optional<Location> location(int id) {
        return organizations.stream().flatMap(organization -> organization.locations().stream())
                .filter(location -> location.id() == id).findFirst();
    }

    Optional<Policy> policy(int id) {
        return policies.stream().filter(policy -> policy.id() == id).findFirst();
    }

    Optional<NinjaUser> user(int id) {
        return users.stream().filter(user -> user.id() == id).findFirst();
    }

    Optional<NinjaUser> userByUid(String uid) {
        return users.stream().filter(user -> user.uid().equals(uid)).findFirst();
    }

    long lastActivityId() {
        return activityIds.get();
    }

    /** Appends an activity caused now (by a write). */
    Activity log(NinjaDevice device, Instant at, String type, String statusCode, String status, String subject,
            String message, int userId) {
        long id = activityIds.incrementAndGet();
        Activity activity = new Activity(id, at, device.id, type, statusCode, status, "SUCCESS", subject, message, userId,
                Derived.uuid(seed, "series", id), "API");
        activities.add(activity);
        device.activities.add(activity);
        return activity;
    }
}
