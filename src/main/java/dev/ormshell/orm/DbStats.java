package dev.ormshell.orm;

/**
 * The chapter-style {@code db.stats()}: the statements the user's operations sent since the last
 * {@link #reset()} (or since the shell started), by kind, and the time the database took. It
 * reads the live figures each time, so one kept in a variable stays current.
 */
public final class DbStats {

    private final SqlCounter counter;
    private volatile StatementCounts since = StatementCounts.NONE;

    DbStats(SqlCounter counter) {
        this.counter = counter;
    }

    /** The figures now, as a value that no longer changes. */
    public StatementCounts counts() {
        return counter.snapshot().minus(since);
    }

    /** Counts from zero again. */
    public void reset() {
        since = counter.snapshot();
    }

    public long statements() {
        return counts().statements();
    }

    public long selects() {
        return counts().selects();
    }

    public long inserts() {
        return counts().inserts();
    }

    public long updates() {
        return counts().updates();
    }

    public long deletes() {
        return counts().deletes();
    }

    public double millis() {
        return counts().millis();
    }

    /** E.g. {@code 3 statements (1 select, 2 inserts), 1.8 ms in the database}. */
    @Override
    public String toString() {
        return counts().toString();
    }
}
