package dev.mdmmcp.server.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FairPermitsTest {

    private static long in(long millis) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /** Starts a caller that takes a permit, notes its name, and gives the permit back; returns once it waits. */
    private static Thread queue(FairPermits permits, String caller, String name, List<String> served) throws InterruptedException {
        Thread thread = Thread.ofPlatform().start(() -> {
            try (FairPermits.Permit permit = permits.acquire(caller, in(5_000)).orElseThrow()) {
                served.add(name);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        while (thread.getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(1);
        }
        return thread;
    }

    @Test
    void aChattyCallerCannotMakeAnotherWaitBehindAllItsCalls() throws Exception {
        FairPermits permits = new FairPermits(1);
        List<String> served = new CopyOnWriteArrayList<>();
        FairPermits.Permit held = permits.acquire("chatty", in(0)).orElseThrow();
        List<Thread> threads = List.of(
                queue(permits, "chatty", "chatty-1", served),
                queue(permits, "chatty", "chatty-2", served),
                queue(permits, "chatty", "chatty-3", served),
                queue(permits, "quiet", "quiet-1", served));

        held.close();
        for (Thread thread : threads) {
            thread.join(5_000);
        }

        assertThat(served).containsExactly("chatty-1", "quiet-1", "chatty-2", "chatty-3");
        assertThat(permits.acquire("later", in(0))).as("the permit is free again").isPresent();
    }

    @Test
    void aWaitEndsEmptyAtTheDeadlineAndLeavesNoClaimBehind() throws Exception {
        FairPermits permits = new FairPermits(1);
        FairPermits.Permit held = permits.acquire("a", in(0)).orElseThrow();

        long started = System.nanoTime();
        Optional<FairPermits.Permit> none = permits.acquire("b", in(100));
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        held.close();
        held.close();

        assertThat(none).isEmpty();
        assertThat(waitedMillis).isBetween(90L, 2_000L);
        // Closed twice, the permit is passed on once; the caller that gave up holds no claim on it.
        assertThat(permits.acquire("c", in(0))).isPresent();
        assertThat(permits.acquire("d", in(0))).isEmpty();
    }

    @Test
    void permitsUpToTheLimitAreHandedOutAtOnce() throws Exception {
        FairPermits permits = new FairPermits(3);

        assertThat(permits.acquire("a", in(0))).isPresent();
        assertThat(permits.acquire("a", in(0))).isPresent();
        assertThat(permits.acquire("b", in(0))).isPresent();
        assertThat(permits.acquire("b", in(0))).isEmpty();
    }
}
