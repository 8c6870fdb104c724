package dev.ormshell.migrate;

import dev.ormshell.config.DatabaseKind;
import dev.ormshell.orm.ErrorMessages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * {@code db downgrade [VERSION]}: runs the undo scripts of the newest applied migrations, newest
 * first, each with the removal of its history row in the same transaction, so the history
 * always says what the schema is.
 */
final class Downgrade {

    private Downgrade() {
    }

    static MigrationResult.Downgraded run(MigrationContext context, String target) {
        try (MigrationLock lock = context.lock()) {
            List<MigrationInfo> applied = new ArrayList<>(context.versions().applied());
            if (applied.isEmpty()) {
                return idle("Nothing to downgrade: no migration is applied.");
            }
            Versions.checkTarget(context, target, false);
            java.util.Collections.reverse(applied);
            List<MigrationInfo> undo = target == null ? applied.subList(0, 1)
                    : applied.stream().filter(m -> m.getVersion().compareTo(MigrationVersion.fromVersion(target)) > 0).toList();
            if (undo.isEmpty()) {
                return idle("The database is already at version " + Versions.describe(context.versions().current()) + ".");
            }
            List<Path> scripts = new ArrayList<>();
            for (MigrationInfo m : undo) {
                String version = m.getVersion().getVersion();
                scripts.add(context.folder().undoScript(version).orElseThrow(() -> new MigrationException(
                        "Cannot downgrade version " + version + ": there is no undo script U" + version + "__*.sql in "
                                + context.folder().dir() + " (write one; nothing was changed)")));
            }
            List<MigrationResult.Step> steps = new ArrayList<>();
            for (int i = 0; i < undo.size(); i++) {
                MigrationInfo m = undo.get(i);
                undoOne(context, m, scripts.get(i));
                steps.add(new MigrationResult.Step(m.getVersion().toString(), m.getDescription(),
                        scripts.get(i).getFileName().toString(), previousVersion(applied, m), false));
            }
            return new MigrationResult.Downgraded(steps, Versions.describe(context.versions().current()), null);
        }
    }

    private static MigrationResult.Downgraded idle(String why) {
        return new MigrationResult.Downgraded(List.of(), null, why);
    }

    private static String previousVersion(List<MigrationInfo> newestFirst, MigrationInfo m) {
        int at = newestFirst.indexOf(m);
        return at + 1 < newestFirst.size() ? newestFirst.get(at + 1).getVersion().toString() : "0";
    }

    private static void undoOne(MigrationContext context, MigrationInfo migration, Path script) {
        List<String> statements;
        try {
            statements = SqlScript.statements(context.versions().withPlaceholders(Files.readString(script)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection connection = context.dataSource().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
                if (context.kind() == DatabaseKind.SQLITE) {
                    ForeignKeyCheck.verify(connection);
                }
                SchemaVersions.forget(connection, migration.getVersion().getVersion());
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                String partial = context.dialect().transactionalDdl() ? ""
                        : " (" + context.dialect().productName() + " cannot roll back DDL: statements before the failing one stay applied)";
                throw new MigrationException(script.getFileName() + " failed: " + ErrorMessages.databaseMessage(e)
                        + ". The database stays at version " + Versions.describe(context.versions().current()) + partial, e);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot downgrade: " + ErrorMessages.databaseMessage(e), e);
        }
    }
}
