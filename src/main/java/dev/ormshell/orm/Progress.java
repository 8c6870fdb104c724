package dev.ormshell.orm;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far long database work has come (a huge addAll, a flush of many rows, a migration), for
 * a progress bar to show. The work says what it is and how much there is; the rows are counted
 * as the DataSource sends them. Only the outermost work counts (a flush inside an addAll is
 * part of it). Read from another thread; costs one volatile read per statement when idle.
 */
public final class Progress {

    /** Work under way: what, in which unit, how much is done of how much (0 when unknown), since when. */
    public record Snapshot(String task, String unit, long done, long total, long startedNanos) {
    }

    private final AtomicLong done = new AtomicLong();
    private volatile String task;
    private volatile String unit;
    private volatile long total;
    private volatile long startedNanos;
    private int depth;

    /** Begins work of {@code total} units (0 when unknown), unless work has begun already. */
    public synchronized void start(String what, String inUnits, long amount) {
        if (depth++ > 0) {
            return;
        }
        done.set(0);
        unit = inUnits;
        total = amount;
        startedNanos = System.nanoTime();
        task = what;
    }

    /** Counts units done, while work is under way. */
    public void advance(long units) {
        if (task != null) {
            done.addAndGet(units);
        }
    }

    /** Ends what {@link #start} began (always call it, in a finally). */
    public synchronized void finish() {
        if (depth > 0 && --depth == 0) {
            task = null;
        }
    }

    /** The work under way, or null. */
    public Snapshot now() {
        String what = task;
        return what == null ? null : new Snapshot(what, unit, done.get(), total, startedNanos);
    }

    /** Whether work is under way (so that rows are worth counting). */
    public boolean active() {
        return task != null;
    }
}
