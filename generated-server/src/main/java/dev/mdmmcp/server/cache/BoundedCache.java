package dev.mdmmcp.server.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A small thread-safe cache with a size bound (least recently used entries go first) and,
 * optionally, a freshness bound: an entry older than {@code freshFor} is not returned, so what
 * another instance changed in the store is seen within that time. Evicted values are handed to
 * a listener (to close them). Not for hot paths with heavy contention: one lock guards it.
 *
 * @param <K> the key
 * @param <V> the value, never null
 */
public final class BoundedCache<K, V> {

    private record Entry<V>(V value, long storedAtNanos) {
    }

    private final int maxSize;
    private final long freshForNanos;
    private final LongSupplier ticker;
    private final Consumer<V> onEvict;
    private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);

    private BoundedCache(int maxSize, Duration freshFor, LongSupplier ticker, Consumer<V> onEvict) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be at least 1");
        }
        this.maxSize = maxSize;
        this.freshForNanos = freshFor.toNanos();
        this.ticker = ticker;
        this.onEvict = onEvict;
    }

    /** Entries stay until pushed out by newer ones. */
    public static <K, V> BoundedCache<K, V> lru(int maxSize, Consumer<V> onEvict) {
        return new BoundedCache<>(maxSize, Duration.ofNanos(Long.MAX_VALUE), System::nanoTime, onEvict);
    }

    /** Entries are also forgotten {@code freshFor} after they were stored; {@code ticker} gives nanoseconds. */
    public static <K, V> BoundedCache<K, V> expiring(int maxSize, Duration freshFor, LongSupplier ticker) {
        return new BoundedCache<>(maxSize, freshFor, ticker, value -> {
        });
    }

    /** The fresh value of {@code key}, or null. */
    public V get(K key) {
        V stale;
        synchronized (this) {
            Entry<V> entry = entries.get(key);
            if (entry == null) {
                return null;
            }
            if (ticker.getAsLong() - entry.storedAtNanos() <= freshForNanos) {
                return entry.value();
            }
            entries.remove(key);
            stale = entry.value();
        }
        onEvict.accept(stale);
        return null;
    }

    public void put(K key, V value) {
        List<V> evicted = new ArrayList<>();
        synchronized (this) {
            Entry<V> previous = entries.put(key, new Entry<>(value, ticker.getAsLong()));
            if (previous != null && previous.value() != value) {
                evicted.add(previous.value());
            }
            Iterator<Map.Entry<K, Entry<V>>> oldest = entries.entrySet().iterator();
            while (entries.size() > maxSize && oldest.hasNext()) {
                evicted.add(oldest.next().getValue().value());
                oldest.remove();
            }
        }
        evicted.forEach(onEvict);
    }

    /**
     * The fresh value of {@code key}, computed and stored when there is none. The computation
     * runs under the cache's lock, so one key is never computed twice at once; keep it short.
     */
    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> compute) {
        V value = get(key);
        if (value == null) {
            value = compute.apply(key);
            put(key, value);
        }
        return value;
    }

    public void remove(K key) {
        Entry<V> removed;
        synchronized (this) {
            removed = entries.remove(key);
        }
        if (removed != null) {
            onEvict.accept(removed.value());
        }
    }

    /** Empties the cache, handing every value to the eviction listener. */
    public void clear() {
        List<V> values = new ArrayList<>();
        synchronized (this) {
            entries.values().forEach(entry -> values.add(entry.value()));
            entries.clear();
        }
        values.forEach(onEvict);
    }

    public synchronized int size() {
        return entries.size();
    }
}
