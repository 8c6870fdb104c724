package dev.ormshell.migrate;

import dev.ormshell.orm.ErrorMessages;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.RepairOutput;
import org.flywaydb.core.api.output.RepairResult;

/**
 * {@code db repair}: makes the history agree with the folder again, saying what it changed.
 * A migration renumbered by a branch merge moves to its new version (same description and
 * checksum); then Flyway's repair realigns checksums of edited files and removes failed rows.
 * A version whose file is another migration is not "repaired": that would record SQL the
 * database never ran.
 */
final class Repair {

    private Repair() {
    }

    static MigrationResult.Changed run(MigrationContext context) {
        try (MigrationLock lock = context.lock()) {
            List<String> done = new ArrayList<>();
            MigrationInfo[] all = context.versions().all();
            for (MigrationInfo m : all) {
                if (!m.isApplied() || m.getType() == null || m.getType().isBaseline()
                        || Integrity.describedByItsFile(context, m) && m.getResolvedChecksum() != null) {
                    continue;
                }
                var moved = Integrity.moved(all, m);
                if (moved.isPresent()) {
                    move(context, m, moved.get());
                    done.add("Moved version " + m.getVersion() + " (" + m.getDescription() + ") to version "
                            + moved.get().getVersion() + ", as " + moved.get().getScript() + ".");
                } else if (m.getResolvedChecksum() != null) {
                    throw new MigrationException("Version " + m.getVersion() + " was applied as '" + m.getDescription()
                            + "', but " + context.folder().migrationFile(m.getVersion().getVersion()) + " is another migration:"
                            + " repair would record SQL this database never ran. Nothing was changed");
                }
            }
            RepairResult result = context.versions().repair();
            result.migrationsAligned.forEach(r -> done.add("Realigned the checksum of version " + r.version + " (" + r.description
                    + ") with " + file(r) + "."));
            result.migrationsRemoved.forEach(r -> done.add("Removed the failed row of version " + r.version + " (" + r.description + ")."));
            result.migrationsDeleted.forEach(r -> done.add("Marked version " + r.version + " (" + r.description
                    + ") as deleted: its file is gone."));
            if (done.isEmpty()) {
                done.add("Nothing to repair: the history matches " + context.folder().dir() + ".");
            }
            return new MigrationResult.Changed(done);
        }
    }

    private static String file(RepairOutput output) {
        return output.filepath == null || output.filepath.isEmpty() ? "its file" : Path.of(output.filepath).getFileName().toString();
    }

    private static void move(MigrationContext context, MigrationInfo applied, MigrationInfo file) {
        try (Connection connection = context.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE " + SchemaVersions.HISTORY_TABLE
                     + " SET version = ?, script = ? WHERE version = ? AND description = ?")) {
            update.setString(1, file.getVersion().getVersion());
            update.setString(2, file.getScript());
            update.setString(3, applied.getVersion().getVersion());
            update.setString(4, applied.getDescription());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new MigrationException("Cannot repair: " + ErrorMessages.databaseMessage(e), e);
        }
    }
}
