package dev.mdmmcp.server.calllog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.call.CallScope;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.config.ManagedConfig;
import dev.mdmmcp.server.crypto.Sealed;
import dev.mdmmcp.server.result.Outcome;
import dev.mdmmcp.server.store.AccountRecord;
import dev.mdmmcp.server.store.RefusedCalls;
import dev.mdmmcp.server.store.ServerRecord;
import dev.mdmmcp.server.store.Store;
import dev.mdmmcp.server.store.TestStores;
import dev.mdmmcp.server.store.TestStores.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A flood of refused calls, and honest use besides, must not fill the disk: the store grows by
 * less than {@link #BOUND} (the README's figure) for 50,000 refused and 5,000 recorded calls.
 */
class CallHistoryGrowthTest {

    /** The README, Operations: "less than 10 MB for 50,000 refused and 5,000 recorded calls". */
    static final long BOUND = 10L * 1024 * 1024;
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final int REFUSED = 50_000;
    private static final int RECORDED = 5_000;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void fiftyThousandRefusedAndFiveThousandRecordedCallsGrowTheStoreByLessThanTenMegabytes(Engine engine) {
        ManagedConfig config = TestStores.managedConfig(engine);
        try (Store store = Store.open(config)) {
            String serverId = serverOf(store);
            ToolEntry tool = TestConfigs.catalogs().vendor("acmemdm").orElseThrow().tools().get(0);
            long before = size(engine, config, store);

            // A minute apart every 1,000 calls: the counts span 50 minutes, as a long flood would.
            MovingClock clock = new MovingClock();
            try (CallRecorder recorder = new CallRecorder(store.calls(), store.refusedCalls(), clock)) {
                Outcome[] refusals = {Outcome.BUDGET_SPENT, Outcome.INVALID_ARGUMENTS, Outcome.BUSY};
                for (int i = 0; i < REFUSED; i++) {
                    clock.at = NOW.plusSeconds(i * 60L / 1_000);
                    recorder.callEnded(new CallScope("r" + i, serverId, true), tool, refusals[i % refusals.length], null,
                            Duration.ZERO);
                    if (i % 10_000 == 9_999) {
                        recorder.flush();
                    }
                }
                recorder.flush();
                store.database().reclaimSpace();
                long refusedGrowth = size(engine, config, store) - before;
                System.out.printf("store growth on %s: %,d bytes for %,d refused calls (%,d bytes per 10,000)%n",
                        engine, refusedGrowth, REFUSED, refusedGrowth * 10_000 / REFUSED);
                for (int i = 0; i < RECORDED; i++) {
                    recorder.callEnded(new CallScope("ok" + i, serverId, true), tool, Outcome.OK, 200, Duration.ofMillis(20));
                }
            }
            store.database().reclaimSpace();
            long growth = size(engine, config, store) - before;
            System.out.printf("store growth on %s: %,d bytes for %,d refused and %,d recorded calls%n",
                    engine, growth, REFUSED, RECORDED);

            List<RefusedCalls> counts = store.refusedCalls().recent(serverId, 1_000);
            assertThat(counts.stream().mapToLong(RefusedCalls::calls).sum()).isEqualTo(REFUSED);
            assertThat(counts).hasSize(150);
            assertThat(store.calls().recent(serverId, 10)).hasSize(10);
            assertThat(growth).as("growth in bytes on " + engine).isLessThan(BOUND);
        }
    }

    private static String serverOf(Store store) {
        AccountRecord account = new AccountRecord(UUID.randomUUID().toString(), "acmemdm", "acme",
                URI.create("https://acme.test"), new Sealed("key-1", "c2VhbGVk"), 1, NOW, NOW, Optional.empty());
        store.accounts().insert(account);
        ServerRecord server = new ServerRecord(UUID.randomUUID().toString(), account.id(), "audit", "a".repeat(64),
                Optional.empty(), Optional.empty(), "all", Optional.empty(), false, NOW);
        store.servers().insert(server);
        return server.id();
    }

    /** H2: the data directory's files; PostgreSQL: the call history's tables with their indexes. */
    private static long size(Engine engine, ManagedConfig config, Store store) {
        if (engine == Engine.POSTGRESQL) {
            return store.calls().historyBytes();
        }
        try (Stream<Path> files = Files.walk(config.dataDir())) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class MovingClock extends Clock {
        volatile Instant at = NOW;

        @Override
        public Instant instant() {
            return at;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
