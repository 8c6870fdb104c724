package dev.ormshell.repl.commands;

import dev.ormshell.orm.ErrorMessages;
import dev.ormshell.orm.ResultRows;
import dev.ormshell.orm.ShellDatabaseException;
import dev.ormshell.orm.SqlStatements;
import dev.ormshell.orm.TransactionLostException;
import dev.ormshell.repl.ArgumentSyntax;
import dev.ormshell.repl.JavaEvaluator;
import dev.ormshell.repl.Outcome;
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
 * committed and a rollback undoes what it wrote. Rows print as a table; other statements say
 * how many rows they changed. Ctrl-C cancels it.
 */
public final class SqlCommand implements ShellCommand {

    @Override
    public String name() {
        return "sql";
    }

    @Override
    public String usage() {
        return "/sql <SQL>";
    }

    @Override
    public String help() {
        return "run SQL in the session's transaction; rows print as a table";
    }

    @Override
    public ArgumentSyntax argumentSyntax() {
        return ArgumentSyntax.SQL;
    }

    @Override
    public Outcome run(String sql, Shell shell) {
        if (sql.isBlank()) {
            return Outcome.error("/sql needs a statement, e.g. /sql select * from users");
        }
        // A statement that only reads runs without opening a transaction.
        boolean writes = !SqlStatements.reads(sql);
        try {
            return shell.db().session.withConnection(writes, connection -> execute(connection, sql, shell));
        } catch (ShellDatabaseException failed) {
            return Outcome.error(failed.getMessage());
        }
    }

    private static Outcome execute(Connection connection, String sql, Shell shell) throws SQLException {
        // A failed statement must not spoil the transaction around it (PostgreSQL aborts it otherwise).
        Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
        AtomicBoolean cancelled = new AtomicBoolean();
        try (Statement statement = connection.createStatement();
             JavaEvaluator.Registration ctrlC = shell.evaluator().onInterrupt(() -> cancel(statement, cancelled))) {
            if (statement.execute(sql)) {
                try (ResultSet rs = statement.getResultSet()) {
                    shell.printRows(ResultRows.read(rs, Shell.SHOWN_ITEMS));
                }
            } else {
                int count = statement.getUpdateCount();
                boolean counts = count >= 0 && SqlStatements.changesRows(sql);
                shell.output().println(counts ? count + (count == 1 ? " row" : " rows") + " affected." : "Done.");
            }
            release(connection, savepoint);
            return Outcome.NOTHING;
        } catch (SQLException e) {
            String failure = cancelled.get() ? "query cancelled" : "SQL failed: " + ErrorMessages.oneLine(e.getMessage());
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
