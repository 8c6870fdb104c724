package dev.ormshell.orm;

import java.sql.SQLException;

/** Turns exceptions from JDBC and Hibernate into the one line a user needs to read. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    /**
     * The database's own words: the message of the deepest SQLException, else of the root cause;
     * for values Bean Validation refused, one line per value.
     */
    public static String databaseMessage(Throwable error) {
        String violations = Violations.describe(error);
        if (violations != null) {
            return violations;
        }
        SQLException deepestSql = null;
        Throwable root = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                deepestSql = sql;
            }
            root = t;
            if (t.getCause() == t) {
                break;
            }
        }
        Throwable chosen = deepestSql != null ? deepestSql : root;
        String message = chosen.getMessage() == null ? chosen.getClass().getSimpleName() : chosen.getMessage();
        return oneLine(withHint(stripServerPrefix(stripSqliteCode(message))));
    }

    // SQLite's own words do not say who holds the lock, nor what to do about it.
    private static String withHint(String message) {
        if (message.contains("database is locked")) {
            return message + " (another connection or program is writing to this SQLite file and has not"
                    + " committed yet; try again once it has)";
        }
        return message;
    }

    // PostgreSQL's severity ("FATAL: ", "ERROR: ") and MariaDB's connection id ("(conn=12) ")
    // tell the user nothing.
    private static String stripServerPrefix(String message) {
        return message.replaceFirst("^(?:FATAL|ERROR): |^\\(conn=\\d+\\) ", "");
    }

    // "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: roles.name)"
    // says the same thing twice; keep the part in parentheses, which names the column.
    private static String stripSqliteCode(String message) {
        if (message.startsWith("[SQLITE_") && message.endsWith(")") && message.contains(" (")) {
            return message.substring(message.indexOf(" (") + 2, message.length() - 1);
        }
        return message;
    }

    /**
     * The failure with a message the user can act on; its SQL state and vendor code stay, so
     * Hibernate classifies it as before. The driver's exception stays out of the chain, since the
     * shell reports the deepest SQLException's words.
     */
    static SQLException reworded(SQLException failure, String message) {
        SQLException reworded = new SQLException(message, failure.getSQLState(), failure.getErrorCode(), failure.getCause());
        reworded.setStackTrace(failure.getStackTrace());
        return reworded;
    }

    public static String oneLine(String message) {
        String flat = message.strip().replaceAll("\\s*\\R\\s*", " ");
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }
}
