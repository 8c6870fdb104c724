package dev.ormshell.migrate;

import dev.ormshell.config.DatabaseKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;

/**
 * {@code db upgrade --sql} and {@code db downgrade --sql}: the SQL the command would run, in
 * order, each migration in its transaction with Flyway's bookkeeping, for a review before
 * production (Alembic's offline mode). The database is read, never written.
 */
final class OfflineSql {

    private OfflineSql() {
    }

    static MigrationResult.Script upgrade(MigrationContext context, String target) {
        List<MigrationInfo> pending = Upgrade.plan(context, target);
        StringBuilder sql = new StringBuilder(intro(context, "upgrade", pending.isEmpty()));
        if (!pending.isEmpty() && !context.versions().hasHistoryTable()) {
            sql.append(historyTable(context.kind())).append('\n');
        }
        String user = user(context);
        for (MigrationInfo m : pending) {
            String bookkeeping = "INSERT INTO " + SchemaVersions.HISTORY_TABLE + " (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success)\nSELECT COALESCE(MAX(installed_rank), 0) + 1, "
                    + quote(m.getVersion().getVersion()) + ", " + quote(m.getDescription()) + ", 'SQL', " + quote(m.getScript()) + ", "
                    + m.getResolvedChecksum() + ", " + quote(user) + ", 0, TRUE FROM " + SchemaVersions.HISTORY_TABLE;
            sql.append(block(context, "-- " + m.getScript(), context.folder().dir().resolve(m.getScript()), bookkeeping));
        }
        return new MigrationResult.Script(sql.toString());
    }

    static MigrationResult.Script downgrade(MigrationContext context, String target) {
        List<Downgrade.Undo> plan = Downgrade.plan(context, target);
        StringBuilder sql = new StringBuilder(intro(context, "downgrade", plan.isEmpty()));
        for (Downgrade.Undo undo : plan) {
            String version = undo.migration().getVersion().getVersion();
            sql.append(block(context, "-- " + undo.script().getFileName() + " (undoes version " + version + ")", undo.script(),
                    "DELETE FROM " + SchemaVersions.HISTORY_TABLE + " WHERE version = " + quote(version)));
        }
        return new MigrationResult.Script(sql.toString());
    }

    private static String intro(MigrationContext context, String command, boolean nothing) {
        return "-- What db " + command + " would run on " + context.dialect().productName() + " at version "
                + Versions.describe(context.versions().current()) + ", in order; nothing was run."
                + (nothing ? "\n-- Nothing to run.\n" : "\n-- Run it with the database's own client after a review.\n\n");
    }

    /** One migration as its own transaction; on SQLite with foreign keys off around it and checked before the commit. */
    private static String block(MigrationContext context, String title, Path script, String bookkeeping) {
        boolean sqlite = context.kind() == DatabaseKind.SQLITE;
        StringBuilder block = new StringBuilder(title).append('\n');
        if (sqlite) {
            block.append("PRAGMA foreign_keys = OFF;\n");
        }
        block.append(context.kind() == DatabaseKind.MARIADB ? "START TRANSACTION;\n" : "BEGIN;\n");
        try {
            SqlScript.statements(context.versions().withPlaceholders(Files.readString(script)))
                    .forEach(statement -> block.append(statement).append(";\n"));
        } catch (IOException e) {
            throw new MigrationException("Cannot read " + script + ": " + e.getMessage(), e);
        }
        if (sqlite) {
            block.append("PRAGMA foreign_key_check;\n");
        }
        block.append(bookkeeping).append(";\nCOMMIT;\n");
        if (sqlite) {
            block.append("PRAGMA foreign_keys = ON;\n");
        }
        return block.append('\n').toString();
    }

    /** Flyway's history table, as Flyway creates it on this database. */
    private static String historyTable(DatabaseKind kind) {
        String[] types = switch (kind) {
            case POSTGRESQL -> new String[] {"TIMESTAMP NOT NULL DEFAULT now()", "BOOLEAN"};
            case MARIADB -> new String[] {"TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP", "BOOL"};
            default -> new String[] {"TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now'))", "BOOLEAN"};
        };
        String table = SchemaVersions.HISTORY_TABLE;
        return "-- Flyway's history table, which the database does not have yet\nCREATE TABLE " + table + " (\n"
                + "    installed_rank INT NOT NULL,\n    version VARCHAR(50),\n    description VARCHAR(200) NOT NULL,\n"
                + "    type VARCHAR(20) NOT NULL,\n    script VARCHAR(1000) NOT NULL,\n    checksum INT,\n"
                + "    installed_by VARCHAR(100) NOT NULL,\n    installed_on " + types[0] + ",\n"
                + "    execution_time INT NOT NULL,\n    success " + types[1] + " NOT NULL,\n"
                + "    CONSTRAINT " + table + "_pk PRIMARY KEY (installed_rank)\n);\n"
                + "CREATE INDEX " + table + "_s_idx ON " + table + " (success);\n";
    }

    /** Who Flyway would record as having applied the migrations: the user the shell connects as. */
    private static String user(MigrationContext context) {
        try (Connection connection = context.dataSource().getConnection()) {
            String name = connection.getMetaData().getUserName();
            return name == null ? "" : name.replaceFirst("@.*", "");
        } catch (SQLException e) {
            return "";
        }
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
