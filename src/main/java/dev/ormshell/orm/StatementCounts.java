package dev.ormshell.orm;

import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * How many statements of each kind were sent and how long the database took to run them (the
 * time spent in JDBC's execute calls): a value, e.g. what one input sent.
 */
public final class StatementCounts {

    static final StatementCounts NONE = new StatementCounts(new long[StatementKind.values().length], 0);

    private final long[] byKind;
    private final long nanos;

    StatementCounts(long[] byKind, long nanos) {
        this.byKind = byKind.clone();
        this.nanos = nanos;
    }

    /** Every statement, whatever its kind. */
    public long statements() {
        return Arrays.stream(byKind).sum();
    }

    public long count(StatementKind kind) {
        return byKind[kind.ordinal()];
    }

    public long selects() {
        return count(StatementKind.SELECT);
    }

    public long inserts() {
        return count(StatementKind.INSERT);
    }

    public long updates() {
        return count(StatementKind.UPDATE);
    }

    public long deletes() {
        return count(StatementKind.DELETE);
    }

    /** The time the database took, in milliseconds. */
    public double millis() {
        return nanos / 1e6;
    }

    /** What was sent since {@code earlier}. */
    public StatementCounts minus(StatementCounts earlier) {
        long[] counts = new long[byKind.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = byKind[i] - earlier.byKind[i];
        }
        return new StatementCounts(counts, nanos - earlier.nanos);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatementCounts that && Arrays.equals(byKind, that.byKind) && nanos == that.nanos;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(byKind) * 31 + Long.hashCode(nanos);
    }

    /** E.g. {@code 3 statements (1 select, 2 inserts), 1.8 ms in the database}. */
    @Override
    public String toString() {
        long total = statements();
        StringJoiner kinds = new StringJoiner(", ", " (", ")").setEmptyValue("");
        for (StatementKind kind : StatementKind.values()) {
            if (count(kind) > 0) {
                kinds.add(kind.count(count(kind)));
            }
        }
        return total + (total == 1 ? " statement" : " statements") + kinds
                + String.format(Locale.ROOT, ", %.1f ms in the database", millis());
    }
}
