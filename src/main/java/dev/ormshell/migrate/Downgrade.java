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

    /** An applied migration and the undo script that was written for it. */
    record Undo(MigrationInfo migration, Path script) {
    }

    static MigrationResult.Downgraded run(MigrationContext context, String target) {
        try (MigrationLock lock = context.lock()) {
            if (context.versions().applied().isEmpty()) {
                return idle("Nothing to downgrade: no migration is applied.");
            }
            List<Undo> plan = plan(context, target);
            if (plan.isEmpty()) {
                return idle("The database is already at version " + Versions.describe(context.versions().current()) + ".");
            }
            List<MigrationResult.Step> steps = new ArrayList<>();
            for (Undo undo : plan) {
                undoOne(context, undo.migration(), undo.script());
                MigrationInfo now = context.versions().current();
                steps.add(new MigrationResult.Step(undo.migration().getVersion().toString(), description(context, undo.migration()),
                        undo.script().getFileName().toString(), now == null ? "0" : now.getVersion().toString(),
                        now != null && now.getVersion().compareTo(undo.migration().getVersion()) > 0));
            }
            return new MigrationResult.Downgraded(steps, Versions.describe(context.versions().current()), null);
        }
    }

    /**
     * What db downgrade would undo, newest applied first, each with its undo script: only when
     * the history and the folder agree on version, description and checksum (see Integrity).
     */
    static List<Undo> plan(MigrationContext context, String target) {
        Integrity.check(context);
        List<MigrationInfo> newestFirst = new ArrayList<>(context.versions().appliedInOrder());
        java.util.Collections.reverse(newestFirst);
        if (newestFirst.isEmpty()) {
            return List.of();
        }
        Versions.checkTarget(context, target, false);
        List<MigrationInfo> undo = target == null ? newestFirst.subList(0, 1)
                : newestFirst.stream().filter(m -> m.getVersion().compareTo(MigrationVersion.fromVersion(target)) > 0).toList();
        List<Undo> plan = new ArrayList<>();
        for (MigrationInfo m : undo) {
            String version = m.getVersion().getVersion();
            // A stamp (Flyway's baseline) has no description of its own: its version's undo script serves.
            var script = m.getType().isBaseline() ? context.folder().undoScript(version)
                    : context.folder().undoScript(version, m.getDescription());
            plan.add(new Undo(m, script.orElseThrow(() -> new MigrationException("Cannot downgrade version " + version
                    + ": there is no undo script U" + version + "__*.sql for it in " + context.folder().dir()
                    + " (write one; nothing was changed)"))));
        }
        return plan;
    }

    /** What a version is called: a stamp is called by its file. */
    static String description(MigrationContext context, MigrationInfo m) {
        String file = context.folder().migrationFile(m.getVersion().getVersion());
        return m.getType().isBaseline() && !file.contains("*") ? MigrationFolder.description(file) : m.getDescription();
    }

    private static MigrationResult.Downgraded idle(String why) {
        return new MigrationResult.Downgraded(List.of(), null, why);
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
