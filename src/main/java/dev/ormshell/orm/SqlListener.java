package dev.ormshell.orm;

import java.util.List;

/**
 * Told about the SQL the user's operations send, in order: each statement with its bound values
 * (for /echo and transcripts), and where a transaction begins and ends. The shell's own statements
 * are left out unless the listener was added for them too (see {@link ShellOwnSql}).
 */
@FunctionalInterface
public interface SqlListener {

    /** A statement about to be executed (or added to a batch), with its bound values in order. */
    void executed(String sql, List<Object> parameters);

    /** A transaction began, was committed or was rolled back on one of the shell's connections. */
    default void transaction(TransactionBoundary boundary) {
    }
}
