package dev.ormshell.bench;

/**
 * How much work each step does: N users inserted, and the sizes of the other steps, capped so
 * that the renamed and deleted users of the facade and of plain JDBC never overlap.
 *
 * @param rows    users inserted by W1
 * @param lookups lookups by username in W2
 * @param rounds  rounds of per-role counts in W3
 * @param changes users renamed in W5, and users deleted in W6, by each side
 * @param repeats timed runs of each step on each side; the median is reported
 */
record BenchPlan(int rows, int lookups, int rounds, int changes, int repeats) {

    // Three runs a side: a single run of a step that takes 50 ms swings by a factor of two on a
    // busy 2-core machine (measured), which the median of three mostly absorbs.
    static final int REPEATS = 3;
    // A run this long is steady enough alone; W3 and W4 at a million rows take minutes a run.
    static final long STEADY_RUN_NANOS = 2_000_000_000L;

    static final int PAGE_SIZE = 100;
    // OFFSET paging costs O(offset) per page in SQLite (it steps over the skipped rows), so reading
    // all 10,000 pages of 1M users is O(N²): minutes per side. Past this many pages W4 reads every
    // k-th page across the whole table instead, on both sides alike, so the rate stays comparable.
    static final int MAX_PAGES = 1_000;

    /** The workload for N users; on a small N every step shrinks to fit. */
    static BenchPlan of(int rows) {
        int quarter = Math.max(1, rows / 4);
        return new BenchPlan(rows, Math.min(10_000, rows), 100, Math.min(10_000, quarter), REPEATS);
    }

    /**
     * A smaller run of the same steps, to let the JIT compile both paths before anything is timed.
     * W2 gets 30,000 lookups: Hibernate's query path is deep, and C2 on 2 cores needs tens of
     * thousands of lookups to compile it (measured: 110 µs per lookup after 10,000, 20 µs after
     * 50,000). Each warm-up step runs as often as a timed one: renames and deletes of 5,000 rows
     * reached their steady cost only after several runs (measured with a plain Hibernate Session
     * alongside: about 11 µs a rename after ten runs, 20 µs after two). Plain JDBC gets the same warm-up.
     */
    BenchPlan warmUp() {
        BenchPlan small = of(Math.min(rows, 20_000));
        return new BenchPlan(small.rows, 30_000, 10, small.changes, REPEATS);
    }

    /** W4 reads pages 1, 1 + step, 1 + 2·step … of a table of this many pages (see MAX_PAGES). */
    static int pageStep(long pages) {
        return (int) Math.max(1, (pages + MAX_PAGES - 1) / MAX_PAGES);
    }

    // W5 and W6 take disjoint slices of the users, ordered by id: facade renames, JDBC renames,
    // JDBC deletes, facade deletes. The facade runs first and deletes the last slice, so the
    // offset of the slice JDBC deletes afterwards has not moved.
    int renameOffset(boolean facade) {
        return facade ? 0 : changes;
    }

    int deleteOffset(boolean facade) {
        return facade ? 3 * changes : 2 * changes;
    }

    static String username(int i) {
        return String.format("user%08d", i);
    }
}
