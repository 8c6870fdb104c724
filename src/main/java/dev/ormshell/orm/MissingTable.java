package dev.ormshell.orm;

import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises the database's "no such table" for one of the model's tables and adds what the
 * banner says about it: the table was never created, or was dropped, and how to make it. A
 * table outside the model gets the database's words alone.
 */
public final class MissingTable {

    // SQLite "no such table: users", PostgreSQL 'relation "users" does not exist',
    // MariaDB/MySQL "Table 'shop.users' doesn't exist"; names may carry a schema.
    private static final Pattern NO_SUCH_TABLE = Pattern.compile(
            "no such table: ([\\w.$]+)|relation \"([^\"]+)\" does not exist|Table '([^']+)' doesn't exist");

    private final Set<String> modelTables;

    MissingTable(Collection<String> modelTables) {
        this.modelTables = modelTables.stream().map(MissingTable::normal).collect(Collectors.toUnmodifiableSet());
    }

    /** What to do about missing tables, as the banner and the errors say it. */
    public static String remedy(boolean several) {
        return "db.createAll() creates " + (several ? "them" : "it") + ", or ./shell.sh db upgrade through the migrations";
    }

    /** The same failure with the hint in its message, when it is a model's table that is missing; otherwise the failure itself. */
    SQLException explain(SQLException failure) {
        String table = missingTable(failure.getMessage());
        if (table == null || !modelTables.contains(normal(table))) {
            return failure;
        }
        return ErrorMessages.reworded(failure, ErrorMessages.databaseMessage(failure) + " (the model's table " + table
                + " is missing: " + remedy(false) + ")");
    }

    private static String missingTable(String message) {
        Matcher m = message == null ? null : NO_SUCH_TABLE.matcher(message);
        if (m == null || !m.find()) {
            return null;
        }
        String qualified = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    private static String normal(String table) {
        return table.toLowerCase(Locale.ROOT);
    }
}
