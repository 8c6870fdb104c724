package dev.ormshell.migrate;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/** {@code db history}, {@code db current} and {@code db stamp}: reading and setting the version without running SQL. */
final class VersionReport {

    private VersionReport() {
    }

    static MigrationResult.History history(MigrationContext context) {
        MigrationInfo[] all = context.versions().all();
        List<MigrationResult.Entry> entries = new ArrayList<>();
        SimpleDateFormat date = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
        // A stamped version appears twice in Flyway's view: the stamp, and its file "below the
        // baseline". One line says it: the stamp's state with the file's description.
        MigrationInfo stamp = java.util.Arrays.stream(all).filter(m -> m.getState() == MigrationState.BASELINE)
                .findFirst().orElse(null);
        for (MigrationInfo m : all) {
            if (m.getVersion() == null || stamp != null && m != stamp && m.getVersion().equals(stamp.getVersion())) {
                continue;
            }
            String version = m.getVersion().getVersion();
            String description = m == stamp ? describedByFile(all, stamp) : m.getDescription();
            String undo = context.folder().undoScript(version).map(p -> p.getFileName().toString()).orElse("(none)");
            String on = m.getInstalledOn() == null ? "" : date.format(m.getInstalledOn());
            entries.add(new MigrationResult.Entry(version, description, state(m), on, undo));
        }
        return new MigrationResult.History(entries, context.folder().dir());
    }

    private static String describedByFile(MigrationInfo[] all, MigrationInfo stamp) {
        return java.util.Arrays.stream(all)
                .filter(m -> m != stamp && stamp.getVersion().equals(m.getVersion()))
                .map(MigrationInfo::getDescription).findFirst().orElse(stamp.getDescription());
    }

    static MigrationResult.Current current(MigrationContext context) {
        return new MigrationResult.Current(Versions.describe(context.versions().current()), context.versions().pending().size());
    }

    private static String state(MigrationInfo m) {
        MigrationState state = m.getState();
        if (state == MigrationState.BASELINE) {
            return "stamped";
        }
        if (state.isFailed()) {
            return "failed";
        }
        if (m.isApplied()) {
            return m.isChecksumMatching() ? "applied" : "changed!";
        }
        return state == MigrationState.PENDING ? "pending" : state.getDisplayName().toLowerCase();
    }

    /** Marks the database as being at a version: Flyway's baseline on a database without history, else forgets newer rows. */
    static MigrationResult.Changed stamp(MigrationContext context, String version) {
        try (MigrationLock lock = context.lock()) {
            boolean zero = Versions.checkKnown(context, version).getVersion().matches("0+(\\.0+)*");
            if (zero && context.versions().applied().isEmpty()) {
                return new MigrationResult.Changed(List.of("The database is already at version 0: no migration is applied."));
            }
            if (context.versions().applied().isEmpty()) {
                context.versions().baseline(version);
            } else {
                Versions.checkTarget(context, version, false);
                try (var connection = context.dataSource().getConnection()) {
                    for (MigrationInfo m : context.versions().applied()) {
                        if (m.getVersion().compareTo(Versions.parse(version)) > 0) {
                            SchemaVersions.forget(connection, m.getVersion().getVersion());
                        }
                    }
                } catch (java.sql.SQLException e) {
                    throw new MigrationException("Cannot stamp: " + dev.ormshell.orm.ErrorMessages.databaseMessage(e), e);
                }
            }
            return new MigrationResult.Changed(List.of(
                    "The database is now marked as at version " + Versions.describe(context.versions().current()) + "."));
        }
    }
}
