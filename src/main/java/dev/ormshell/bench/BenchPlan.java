package dev.ormshell.bench;

/**
 * How much work each step does: N users inserted, and the sizes of the other steps, capped so
 * that the renamed and deleted users of the facade and of plain JDBC never overlap.
 *
 * @param rows    users inserted by W1
 * @param lookups lookups by username in W2
 * @param rounds  rounds of per-role counts in W3
 * @param changes users renamed in W5, and users deleted in W6, by each side
 */
record BenchPlan(int rows, int lookups, int rounds, int changes) {

    static final int PAGE_SIZE = 100;

    /** The workload for N users; on a small N every step shrinks to fit. */
    static BenchPlan of(int rows) {
        int quarter = Math.max(1, rows / 4);
        return new BenchPlan(rows, Math.min(10_000, rows), 100, Math.min(10_000, quarter));
    }

    /** A smaller run of the same steps, to let the JIT compile both paths before anything is timed. */
    BenchPlan warmUp() {
        return of(Math.min(rows, 20_000)).withRounds(10);
    }

    private BenchPlan withRounds(int newRounds) {
        return new BenchPlan(rows, lookups, newRounds, changes);
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
