package dev.mdmmcp.server.budget;

import java.util.Map;
import java.util.NavigableMap;

/**
 * A {@link BudgetBook} as one short line of text, for a ledger that keeps books outside the
 * process. Each window lists its non-empty buckets, the first by number and each next one by its
 * distance from the one before, then the vendor's cap when one is set:
 * <pre>
 * 1|per_second=36000000020:2,1:2,1:1|per_hour=500000:7940,30:3|cap=1800000060000,120,4,0
 * </pre>
 * A pruned book holds at most one window's buckets per window plus those booked ahead (up to the
 * longest wait), so a line stays within a few hundred characters in practice and a few thousand
 * at worst.
 */
public final class BudgetBookText {

    private static final String FORMAT = "1";

    private BudgetBookText() {
    }

    public static String write(BudgetBook book) {
        StringBuilder text = new StringBuilder(FORMAT);
        for (BudgetWindow window : BudgetWindow.values()) {
            NavigableMap<Long, Integer> counts = book.counts(window);
            if (counts.isEmpty()) {
                continue;
            }
            text.append('|').append(window.key()).append('=');
            long previous = 0;
            boolean first = true;
            for (Map.Entry<Long, Integer> bucket : counts.entrySet()) {
                if (!first) {
                    text.append(',');
                }
                text.append(first ? bucket.getKey() : bucket.getKey() - previous).append(':').append(bucket.getValue());
                previous = bucket.getKey();
                first = false;
            }
        }
        BudgetBook.VendorCap cap = book.vendorCap();
        if (cap != null) {
            text.append("|cap=").append(cap.until()).append(',').append(cap.allowed()).append(',').append(cap.used())
                    .append(',').append(cap.pause() ? 1 : 0);
        }
        return text.toString();
    }

    /**
     * @throws IllegalArgumentException when {@code text} is not a book {@link #write} wrote
     */
    public static BudgetBook read(String text) {
        String[] parts = text.split("\\|");
        if (!parts[0].equals(FORMAT)) {
            throw new IllegalArgumentException("not a budget book of format " + FORMAT);
        }
        BudgetBook book = new BudgetBook();
        try {
            for (int i = 1; i < parts.length; i++) {
                String[] keyAndValue = parts[i].split("=", 2);
                if (keyAndValue.length != 2) {
                    throw new IllegalArgumentException("a part of a budget book without '='");
                }
                if (keyAndValue[0].equals("cap")) {
                    String[] cap = keyAndValue[1].split(",");
                    if (cap.length != 4) {
                        throw new IllegalArgumentException("a vendor cap without its four numbers");
                    }
                    book.restore(new BudgetBook.VendorCap(Long.parseLong(cap[0]), Long.parseLong(cap[1]),
                            Long.parseLong(cap[2]), cap[3].equals("1")));
                } else {
                    readCounts(book.counts(window(keyAndValue[0])), keyAndValue[1]);
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a budget book with a malformed number", e);
        }
        return book;
    }

    private static void readCounts(NavigableMap<Long, Integer> counts, String text) {
        long bucket = 0;
        boolean first = true;
        for (String entry : text.split(",")) {
            String[] bucketAndCount = entry.split(":", 2);
            if (bucketAndCount.length != 2) {
                throw new IllegalArgumentException("a bucket of a budget book without ':'");
            }
            long number = Long.parseLong(bucketAndCount[0]);
            bucket = first ? number : bucket + number;
            counts.put(bucket, Integer.parseInt(bucketAndCount[1]));
            first = false;
        }
    }

    private static BudgetWindow window(String key) {
        for (BudgetWindow window : BudgetWindow.values()) {
            if (window.key().equals(key)) {
                return window;
            }
        }
        throw new IllegalArgumentException("a budget book with an unknown window");
    }
}
