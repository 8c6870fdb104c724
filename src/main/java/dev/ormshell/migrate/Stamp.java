package dev.ormshell.migrate;

import dev.ormshell.orm.ErrorMessages;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * {@code db stamp VERSION}: marks the database as being at any version, up or down, without
 * running SQL. Down forgets the newer rows; up records the migrations up to VERSION as applied
 * (Flyway's skipExecutingMigrations), or, on a database that has tables but no history (made
 * by db.createAll()), writes Flyway's baseline.
 */
final class Stamp {

    private Stamp() {
    }

    static MigrationResult.Changed run(MigrationContext context, String version) {
        try (MigrationLock lock = context.lock()) {
            MigrationVersion wanted = Versions.checkKnown(context, version);
            Integrity.check(context);
            boolean zero = wanted.getVersion().matches("0+(\\.0+)*");
            if (!context.versions().hasHistoryTable()) {
                if (zero) {
                    return new MigrationResult.Changed(List.of("The database is already at version 0: no migration is applied."));
                }
                context.versions().baseline(version);
            } else {
                forgetAbove(context, wanted);
                MigrationInfo current = context.versions().current();
                if (!zero && (current == null || current.getVersion().compareTo(wanted) < 0)) {
                    context.versions().markApplied(version);
                }
            }
            return new MigrationResult.Changed(List.of(
                    "The database is now marked as at version " + Versions.describe(context.versions().current()) + "."));
        }
    }

    private static void forgetAbove(MigrationContext context, MigrationVersion wanted) {
        try (Connection connection = context.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            for (MigrationInfo m : context.versions().applied()) {
                if (m.getVersion().compareTo(wanted) > 0) {
                    SchemaVersions.forget(connection, m.getVersion().getVersion());
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new MigrationException("Cannot stamp: " + ErrorMessages.databaseMessage(e), e);
        }
    }
}
