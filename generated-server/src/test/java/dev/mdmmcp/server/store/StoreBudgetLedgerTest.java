package dev.mdmmcp.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mdmmcp.server.budget.BudgetLedgerException;
import dev.mdmmcp.server.budget.BudgetLimits;
import dev.mdmmcp.server.budget.BudgetWindow;
import dev.mdmmcp.server.config.ManagedConfig;
import dev.mdmmcp.server.store.TestStores.Engine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rate budgets kept in the store, on both engines; two stores on one database stand for two instances. */
class StoreBudgetLedgerTest {

    private static final String TENANT = "kandji https://acme.api.kandji.io";
    /** An hour of a million: large enough never to refuse, so its remainder counts what was booked. */
    private static final BudgetLimits COUNTING = new BudgetLimits(0, 1_000_000, 100);

    private final List<Store> stores = new ArrayList<>();

    @AfterEach
    void closeStores() {
        stores.forEach(Store::close);
    }

    private StoreBudgetLedger ledger(ManagedConfig config) {
        Store store = Store.open(config);
        stores.add(store);
        return new StoreBudgetLedger(store.database(), Clock.systemUTC());
    }

    private static long booked(StoreBudgetLedger ledger) {
        long now = System.currentTimeMillis();
        return 1_000_000 - ledger.read(TENANT, book -> book.state(COUNTING, now)).windows().get(BudgetWindow.PER_HOUR)
                .remaining();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void instancesOnOneDatabaseBookingAtOnceLoseNoBooking(Engine engine) throws Exception {
        ManagedConfig config = TestStores.managedConfig(engine);
        List<StoreBudgetLedger> instances = List.of(ledger(config), ledger(config));
        List<Future<?>> running = new ArrayList<>();
        // The tenant is new: the first bookings also race to create its row.
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int thread = 0; thread < 8; thread++) {
                StoreBudgetLedger ledger = instances.get(thread % 2);
                running.add(threads.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        long now = System.currentTimeMillis();
                        ledger.change(TENANT, book -> book.reserve(COUNTING, now, now));
                    }
                    return null;
                }));
            }
        }
        for (Future<?> done : running) {
            done.get();
        }

        assertThat(booked(instances.get(0))).isEqualTo(200);
        assertThat(booked(instances.get(1))).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void booksOutliveTheInstanceThatWroteThem(Engine engine) {
        ManagedConfig config = TestStores.managedConfig(engine);
        StoreBudgetLedger first = ledger(config);
        long now = System.currentTimeMillis();
        first.change(TENANT, book -> book.reserve(COUNTING, now, now));
        first.change(TENANT, book -> {
            book.capUntil(0, now + Duration.ofMinutes(5).toMillis(), true, now);
            return null;
        });
        stores.remove(0).close();

        StoreBudgetLedger restarted = ledger(config);

        assertThat(booked(restarted)).isEqualTo(1);
        assertThat(restarted.read(TENANT, book -> book.state(COUNTING, now)).vendor().remaining()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aReadKeepsNothingAndAnUnknownTenantReadsAsAnEmptyBook(Engine engine) {
        StoreBudgetLedger ledger = ledger(TestStores.managedConfig(engine));
        long now = System.currentTimeMillis();

        ledger.read(TENANT, book -> book.reserve(COUNTING, now, now));

        assertThat(booked(ledger)).isZero();
        ledger.change(TENANT, book -> book.reserve(COUNTING, now, now));
        assertThat(booked(ledger)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void budgetsNoInstanceUsedForADayArePurged(Engine engine) {
        StoreBudgetLedger ledger = ledger(TestStores.managedConfig(engine));
        long now = System.currentTimeMillis();
        ledger.change(TENANT, book -> book.reserve(COUNTING, now, now));

        assertThat(ledger.deleteUnusedSince(Instant.now().minus(Duration.ofDays(1)))).isZero();
        assertThat(ledger.deleteUnusedSince(Instant.now().plusSeconds(1))).isEqualTo(1);
        assertThat(booked(ledger)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aStoreThatCannotBeReachedIsALedgerFailure(Engine engine) {
        StoreBudgetLedger ledger = ledger(TestStores.managedConfig(engine));
        stores.remove(0).close();

        assertThatThrownBy(() -> ledger.change(TENANT, book -> book.reserve(COUNTING, 0, 0)))
                .isInstanceOf(BudgetLedgerException.class).hasMessageStartingWith("store: cannot book the rate budget");
        assertThatThrownBy(() -> ledger.read(TENANT, book -> null))
                .isInstanceOf(BudgetLedgerException.class).hasMessageStartingWith("store: cannot read the rate budget");
    }
}
