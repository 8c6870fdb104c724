package dev.ormshell.orm;

import java.util.concurrent.atomic.LongAdder;

/** Counts the user's statements by kind, and the time the database took, since the shell started. */
final class SqlCounter {

    private final LongAdder[] byKind = new LongAdder[StatementKind.values().length];
    private final LongAdder nanos = new LongAdder();

    SqlCounter() {
        for (int i = 0; i < byKind.length; i++) {
            byKind[i] = new LongAdder();
        }
    }

    void sent(String sql) {
        byKind[SqlStatements.kind(sql).ordinal()].increment();
    }

    void took(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    StatementCounts snapshot() {
        long[] counts = new long[byKind.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = byKind[i].sum();
        }
        return new StatementCounts(counts, nanos.sum());
    }
}
