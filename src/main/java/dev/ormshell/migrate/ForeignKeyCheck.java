package dev.ormshell.migrate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;

/**
 * SQLite's {@code PRAGMA foreign_key_check} before a migration's commit, in place of the foreign
 * keys that are off while it runs: a migration that leaves a row pointing nowhere fails, and
 * its transaction is rolled back. Flyway calls it inside each migration's transaction.
 */
final class ForeignKeyCheck {

    private ForeignKeyCheck() {
    }

    /** Fails when a row of the connection's database refers to a row that does not exist. */
    static void verify(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new SQLException("foreign key check failed: row " + rs.getLong("rowid") + " of " + rs.getString("table")
                        + " refers to a row of " + rs.getString("parent") + " that does not exist");
            }
        }
    }

    /** The check as Flyway's hook after each migration, before its commit. */
    static Callback callback() {
        return new SchemaVersions.AfterEachMigration("foreign key check", context -> {
            try {
                verify(context.getConnection());
            } catch (SQLException e) {
                throw new MigrationException(e.getMessage(), e);
            }
        });
    }
}
