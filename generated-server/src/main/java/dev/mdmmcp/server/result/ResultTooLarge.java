package dev.mdmmcp.server.result;

/**
 * A result that cannot be made to fit into {@code result_max_chars}: one object (a get tool's
 * result, or the first item of a list page) is larger alone. Thrown by {@link ResultCap};
 * {@link FailureMessages#of(ResultTooLarge, int)} writes what the model reads.
 */
public final class ResultTooLarge extends RuntimeException {

    private final boolean listItem;
    private final long size;
    private final int maxChars;
    private final Narrowing narrowing;

    /**
     * @param listItem whether the object is a list item (else the whole result of a tool)
     * @param size the size of a result holding it alone, as {@link ResultBody#size()} counts
     * @param maxChars the cap
     * @param narrowing how the call could ask for less
     */
    ResultTooLarge(boolean listItem, long size, int maxChars, Narrowing narrowing) {
        super(null, null, false, false);
        this.listItem = listItem;
        this.size = size;
        this.maxChars = maxChars;
        this.narrowing = narrowing;
    }

    public boolean listItem() {
        return listItem;
    }

    public long size() {
        return size;
    }

    public int maxChars() {
        return maxChars;
    }

    public Narrowing narrowing() {
        return narrowing;
    }
}
