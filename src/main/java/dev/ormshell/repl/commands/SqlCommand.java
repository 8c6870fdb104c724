package dev.ormshell.repl.commands;

import dev.ormshell.orm.ErrorMessages;
import dev.ormshell.orm.ShellDatabaseException;
import dev.ormshell.orm.SqlStatements;
import dev.ormshell.orm.TransactionLostException;
import dev.ormshell.repl.ArgumentSyntax;
import dev.ormshell.repl.Interrupts;
import dev.ormshell.repl.Outcome;
import dev.ormshell.orm.ResultSetRows;
import dev.ormshell.repl.ResultTarget;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * /sql: runs SQL on the session's own connection and transaction, so it sees changes not yet
 * committed and a rollback undoes what it wrote. Rows print in the current format, or all of
 * them go to a file ({@code > out.csv}); other statements say how many rows they changed.
 * Ctrl-C cancels it.
 */
public final class SqlCommand implements ShellCommand {

    @Override
    public String name() {
        return "sql";
    }

    @Override
    public String usage() {
        return "/sql <SQL> [> FILE]";
    }

    @Override
    public String help() {
        return "run SQL in the session's transaction; rows print in the current /format, or go to FILE";
    }

    @Override
    public ArgumentSyntax argumentSyntax() {
        return ArgumentSyntax.SQL;
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        ResultTarget target = ResultTarget.of(arguments);
        String sql = target.body();
        if (sql.isBlank()) {
            return Outcome.error("/sql needs a statement, e.g. /sql select * from users");
        }
        Outcome cannotWrite = target.check();
        if (cannotWrite != null) {
            return cannotWrite;
        }
        // A statement that only reads runs without opening a transaction.
        boolean writes = !SqlStatements.reads(sql);
        try {
            return shell.unitOfWork().withConnection(writes, connection -> execute(connection, sql, target, shell));
        } catch (ShellDatabaseException failed) {
            return Outcome.error(failed.getMessage());
        }
    }

    private static Outcome execute(Connection connection, String sql, ResultTarget target, Shell shell) throws SQLException {
        // PostgreSQL streams a result (rather than reading it whole) only inside a transaction.
        boolean streamingTransaction = target.toFile() && connection.getAutoCommit();
        if (streamingTransaction) {
            connection.setAutoCommit(false);
        }
        boolean done = false;
        try {
            Outcome outcome = execute(connection, sql, target, shell, streamingTransaction);
            done = true;
            return outcome;
        } finally {
            if (streamingTransaction) {
                end(connection, done);
            }
        }
    }

    private static Outcome execute(Connection connection, String sql, ResultTarget target, Shell shell,
            boolean ownTransaction) throws SQLException {
        // A failed statement must not spoil the transaction around it (PostgreSQL aborts it otherwise).
        Savepoint savepoint = connection.getAutoCommit() || ownTransaction ? null : connection.setSavepoint();
        AtomicBoolean cancelled = new AtomicBoolean();
        try (Statement statement = connection.createStatement();
             Interrupts.Registration ctrlC = shell.interrupts().onInterrupt(() -> cancel(statement, cancelled))) {
            if (target.toFile()) {
                statement.setFetchSize(1000);
            }
            if (statement.execute(sql)) {
                try (ResultSet rs = statement.getResultSet()) {
                    target.deliver(ResultSetRows.of(rs, target.toFile() ? Long.MAX_VALUE : shell.results().limit()), shell);
                } catch (ResultSetRows.ReadFailure failure) {
                    throw failure.getCause();
                }
            } else {
                int count = statement.getUpdateCount();
                boolean counts = count >= 0 && SqlStatements.changesRows(sql);
                shell.output().println(counts ? count + (count == 1 ? " row" : " rows") + " affected." : "Done.");
            }
            release(connection, savepoint);
            return Outcome.NOTHING;
        } catch (SQLException | ResultTarget.ResultFileException e) {
            String failure = e instanceof ResultTarget.ResultFileException ? e.getMessage()
                    : cancelled.get() ? "query cancelled" : "SQL failed: " + ErrorMessages.oneLine(e.getMessage());
            if (savepoint != null) {
                try {
                    connection.rollback(savepoint);
                } catch (SQLException savepointGone) {
                    // The database ended the whole transaction (SQLite does when a write is interrupted).
                    throw new TransactionLostException(failure, e);
                }
            }
            // Thrown, not returned, so that the session can end a transaction this statement alone began.
            throw new ShellDatabaseException(failure);
        }
    }

    // Ends the transaction opened only to stream a result: as autocommit would have, or rolled back after a failure.
    private static void end(Connection connection, boolean succeeded) throws SQLException {
        try {
            if (succeeded) {
                connection.commit();
            } else {
                connection.rollback();
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void release(Connection connection, Savepoint savepoint) {
        try {
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
        } catch (SQLException ignored) {
            // Not every driver releases savepoints; the transaction's end discards it anyway.
        }
    }

    private static void cancel(Statement statement, AtomicBoolean cancelled) {
        cancelled.set(true);
        try {
            statement.cancel();
        } catch (SQLException ignored) {
            // Finished meanwhile: nothing left to cancel.
        }
    }
}
