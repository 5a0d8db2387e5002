package dev.mdmmcp.server.managed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.testing.MutableClock;
import dev.mdmmcp.server.config.CallHistoryRetention;
import dev.mdmmcp.server.crypto.Sealed;
import dev.mdmmcp.server.store.AccountRecord;
import dev.mdmmcp.server.store.CallRecord;
import dev.mdmmcp.server.store.RefusedCalls;
import dev.mdmmcp.server.store.ServerRecord;
import dev.mdmmcp.server.store.Store;
import dev.mdmmcp.server.store.StoreBudgetLedger;
import dev.mdmmcp.server.store.TestStores;
import dev.mdmmcp.server.store.TestStores.Engine;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The purge keeps the call history within its age and its size. */
class CallHistoryRetentionTest {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void callsAndRefusedCountsOlderThanTheMaximumAgeAreDeleted(Engine engine) {
        MutableClock clock = MutableClock.startingNow();
        try (Store store = TestStores.open(engine)) {
            String server = serverOf(store, clock.instant());
            Instant old = clock.instant().minus(Duration.ofDays(3));
            Instant recent = clock.instant().minus(Duration.ofHours(1));
            store.calls().insert(new CallRecord(server, "old", old, "list_devices", "list", "ok", 200, 5));
            store.calls().insert(new CallRecord(server, "recent", recent, "list_devices", "list", "ok", 200, 5));
            store.refusedCalls().add(List.of(new RefusedCalls(server, old, "budget_spent", 7),
                    new RefusedCalls(server, recent, "budget_spent", 3)));

            new Purge(store, new StoreBudgetLedger(store.database(), clock),
                    new CallHistoryRetention(Duration.ofDays(2), 64L * 1024 * 1024), clock).runOnce();

            assertThat(store.calls().recent(server, 10)).extracting(CallRecord::requestId).containsExactly("recent");
            assertThat(store.refusedCalls().recent(server, 10)).extracting(RefusedCalls::calls).containsExactly(3L);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aHistoryOverItsSizeLosesItsOldestCallsUntilItFits(Engine engine) {
        MutableClock clock = MutableClock.startingNow();
        try (Store store = TestStores.open(engine)) {
            String server = serverOf(store, clock.instant());
            for (int i = 0; i < 3_000; i++) {
                store.calls().insert(new CallRecord(server, "r" + i, clock.instant().minusSeconds(3_000 - i), "list_devices",
                        "list", "ok", 200, 5));
            }
            long bytes = store.calls().historyBytes();

            new Purge(store, new StoreBudgetLedger(store.database(), clock),
                    new CallHistoryRetention(Duration.ofDays(7), bytes / 2), clock).runOnce();

            List<CallRecord> left = store.calls().recent(server, 3_000);
            assertThat(left).hasSizeBetween(1, 1_500);
            assertThat(left.get(0).requestId()).as("the newest call stays").isEqualTo("r2999");
            assertThat(left.get(left.size() - 1).requestId()).isEqualTo("r" + (3_000 - left.size()));
        }
    }

    private static String serverOf(Store store, Instant now) {
        AccountRecord account = new AccountRecord(UUID.randomUUID().toString(), "acmemdm", "acme",
                URI.create("https://acme.test"), new Sealed("key-1", "c2VhbGVk"), 1, now, now, Optional.empty());
        store.accounts().insert(account);
        ServerRecord server = new ServerRecord(UUID.randomUUID().toString(), account.id(), "audit", "a".repeat(64),
                Optional.empty(), Optional.empty(), "all", Optional.empty(), false, now);
        store.servers().insert(server);
        return server.id();
    }
}
