package dev.ormshell.migrate;

import dev.ormshell.orm.ErrorMessages;
import dev.ormshell.orm.Progress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/** {@code db upgrade [VERSION]}: Flyway applies the pending migrations, one transaction each. */
final class Upgrade {

    private Upgrade() {
    }

    static MigrationResult.Upgraded run(MigrationContext context, String target) {
        try (MigrationLock lock = context.lock()) {
            List<MigrationInfo> pending = plan(context, target);
            if (context.folder().highestVersion() == 0) {
                return idle(context, "No migrations in " + context.folder().dir() + ": db migrate -m \"message\" writes the first one.");
            }
            if (pending.isEmpty()) {
                return idle(context, "The database is up to date at version " + Versions.describe(context.versions().current()) + ".");
            }
            MigrationInfo before = context.versions().current();
            // A long migration shows on the shell's progress line, one step per migration.
            Progress progress = context.database().dataSource().progress();
            progress.start("upgrade", "migrations", pending.size());
            MigrateResult result;
            try {
                result = migrate(context, target, () -> progress.advance(1));
            } finally {
                progress.finish();
            }
            List<MigrationResult.Step> steps = result.migrations.stream().map(applied -> new MigrationResult.Step(applied.version,
                    applied.description, Path.of(applied.filepath).getFileName().toString(), null,
                    before != null && MigrationVersion.fromVersion(applied.version).compareTo(before.getVersion()) < 0)).toList();
            return new MigrationResult.Upgraded(steps, Versions.describe(context.versions().current()), null);
        }
    }

    /** The migrations db upgrade would run, in order, after checking the history and the target. */
    static List<MigrationInfo> plan(MigrationContext context, String target) {
        Integrity.check(context);
        Versions.checkTarget(context, target, true);
        return context.versions().pending().stream()
                .filter(m -> target == null || m.getVersion().compareTo(MigrationVersion.fromVersion(target)) <= 0)
                .toList();
    }

    private static MigrationResult.Upgraded idle(MigrationContext context, String why) {
        return new MigrationResult.Upgraded(List.of(), Versions.describe(context.versions().current()), why);
    }

    private static MigrateResult migrate(MigrationContext context, String target, Runnable afterEach) {
        String before = Versions.describe(context.versions().current());
        try {
            return context.versions().upgrade(target, afterEach);
        } catch (FlywayException e) {
            if (e.getErrorCode() == CoreErrorCode.NON_EMPTY_SCHEMA_WITHOUT_SCHEMA_HISTORY_TABLE) {
                throw new MigrationException("The database already has tables but no migration history (made by db.createAll()?): "
                        + "mark the version it is at with db stamp VERSION, then db upgrade", e);
            }
            throw failure(context, e, before);
        }
    }

    // Flyway says which script failed only in its multi-line message; its history says it plainly.
    private static MigrationException failure(MigrationContext context, FlywayException e, String before) {
        MigrationInfo failed = null;
        for (MigrationInfo m : context.versions().all()) {
            if (m.getState().isFailed() || failed == null && m.getState() == MigrationState.PENDING) {
                failed = m;
            }
        }
        String script = failed == null ? "A migration" : failed.getScript();
        String partial = "";
        if (failed != null && failed.getState().isFailed()) {
            // No transactional DDL (MariaDB): statements before the failing one stay. Forget the failed
            // row so the history says where the database is, and say what may be left.
            forgetFailed(context, failed);
            partial = " (" + context.dialect().productName() + " cannot roll back DDL: statements of " + script
                    + " before the failing one stay applied; undo them before upgrading again)";
        }
        String now = Versions.describe(context.versions().current());
        String where = now.equals(before) ? ". The database stays at version " + now
                : ". The migrations before it were applied: the database is now at version " + now;
        return new MigrationException(script + " failed: " + ErrorMessages.databaseMessage(e) + where + partial, e);
    }

    private static void forgetFailed(MigrationContext context, MigrationInfo failed) {
        try (Connection connection = context.dataSource().getConnection()) {
            SchemaVersions.forget(connection, failed.getVersion().getVersion());
        } catch (SQLException ignored) {
            // The history keeps the failed row; Integrity reports it on the next command.
        }
    }
}
