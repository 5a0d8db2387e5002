package dev.mdmmcp.server.concurrency;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed number of permits shared by callers, handed out fairly: when permits run short, a freed
 * permit goes to the callers in turn (round robin), first come first served within one caller.
 * A caller that queues fifty calls therefore delays another caller's single call by at most one
 * turn, instead of fifty.
 */
public final class FairPermits {

    /** Held while a call runs; closing it passes the permit on. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Waiter {
        final Condition granted;
        boolean hasPermit;

        Waiter(Condition granted) {
            this.granted = granted;
        }
    }

    private final int permits;
    private final ReentrantLock lock = new ReentrantLock();
    /** Waiting callers in turn order; a caller is removed when its queue empties. */
    private final Map<String, Deque<Waiter>> waiting = new LinkedHashMap<>();
    private int free;

    public FairPermits(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1");
        }
        this.permits = permits;
        this.free = permits;
    }

    public int permits() {
        return permits;
    }

    /**
     * A permit for {@code caller}, waiting at most until {@code deadlineNanos} ({@link System#nanoTime()}).
     *
     * @return the permit, or empty when none was handed to this caller in time
     */
    public Optional<Permit> acquire(String caller, long deadlineNanos) throws InterruptedException {
        lock.lock();
        try {
            if (free > 0 && waiting.isEmpty()) {
                free--;
                return Optional.of(new HeldPermit());
            }
            Waiter waiter = new Waiter(lock.newCondition());
            waiting.computeIfAbsent(caller, key -> new ArrayDeque<>()).addLast(waiter);
            try {
                while (!waiter.hasPermit) {
                    long left = deadlineNanos - System.nanoTime();
                    if (left <= 0) {
                        withdraw(caller, waiter);
                        return Optional.empty();
                    }
                    waiter.granted.awaitNanos(left);
                }
            } catch (InterruptedException e) {
                if (waiter.hasPermit) {
                    release();
                } else {
                    withdraw(caller, waiter);
                }
                throw e;
            }
            return Optional.of(new HeldPermit());
        } finally {
            lock.unlock();
        }
    }

    /** Passes the permit on once, however often it is closed. */
    private final class HeldPermit implements Permit {
        private final AtomicBoolean held = new AtomicBoolean(true);

        @Override
        public void close() {
            if (held.getAndSet(false)) {
                release();
            }
        }
    }

    private void withdraw(String caller, Waiter waiter) {
        Deque<Waiter> queue = waiting.get(caller);
        if (queue != null) {
            queue.remove(waiter);
            if (queue.isEmpty()) {
                waiting.remove(caller);
            }
        }
    }

    private void release() {
        lock.lock();
        try {
            if (waiting.isEmpty()) {
                free++;
                return;
            }
            // The caller whose turn it is gets the permit, then goes to the back of the line.
            String caller = waiting.keySet().iterator().next();
            Deque<Waiter> queue = waiting.remove(caller);
            Waiter next = queue.removeFirst();
            if (!queue.isEmpty()) {
                waiting.put(caller, queue);
            }
            next.hasPermit = true;
            next.granted.signal();
        } finally {
            lock.unlock();
        }
    }
}
