package dev.ormshell.migrate;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Refuses to go on when the history and the folder disagree: an applied migration whose file
 * was changed (checksum), replaced by another under the same version (description: two
 * branches, renumbered), or removed, or a failed one left behind. Each says what to do.
 */
final class Integrity {

    private Integrity() {
    }

    static void check(MigrationContext context) {
        String folder = context.folder().dir().toString();
        MigrationInfo[] all = context.versions().all();
        for (MigrationInfo m : all) {
            String script = m.getScript();
            if (m.getState().isFailed()) {
                throw new MigrationException(script + " failed earlier and is marked failed in " + SchemaVersions.HISTORY_TABLE
                        + ": undo what it changed by hand if anything stayed, then db repair removes its row");
            }
            if (!m.isApplied() || m.getType() == null || m.getType().isBaseline() || m.getResolvedChecksum() == null) {
                if (m.getState() == MigrationState.MISSING_SUCCESS || m.getState() == MigrationState.FUTURE_SUCCESS) {
                    throw new MigrationException(moved(all, m).map(file -> movedMessage(m, file)).orElse("Version " + m.getVersion()
                            + " (" + script + ") is applied but its file is not in " + folder + ": restore it (e.g. git checkout "
                            + folder + "), or use --migrations to point at the right folder"));
                }
                continue;
            }
            if (!describedByItsFile(context, m)) {
                throw new MigrationException(moved(all, m).map(file -> movedMessage(m, file)).orElse("Version " + m.getVersion()
                        + " was applied as '" + m.getDescription() + "', but " + context.folder().migrationFile(m.getVersion().getVersion())
                        + " is another migration (written on another branch?): restore the applied one, or db downgrade "
                        + previous(m) + " with the files as they were before"));
            }
            if (!m.isChecksumMatching()) {
                throw new MigrationException(script + " was changed after it was applied (checksum mismatch): restore it as it was "
                        + "(e.g. git checkout " + context.folder().dir().resolve(script) + ") and put the change in a new "
                        + "migration (db migrate -m \"...\"); if the edit changes nothing that runs (comments, spaces),"
                        + " db repair records the file as it is now");
            }
        }
    }

    /**
     * Whether the file of an applied migration's version is that migration, by its description
     * (Flyway's MigrationInfo says only for the applied side: an applied one is described by its row).
     */
    static boolean describedByItsFile(MigrationContext context, MigrationInfo applied) {
        String file = context.folder().migrationFile(applied.getVersion().getVersion());
        return file.contains("*") || MigrationFolder.description(file).equals(applied.getDescription());
    }

    /** The file that holds an applied migration under another version: same description and checksum. */
    static Optional<MigrationInfo> moved(MigrationInfo[] all, MigrationInfo applied) {
        return Arrays.stream(all).filter(m -> m != applied && !m.isApplied() && m.getVersion() != null
                        && !m.getVersion().equals(applied.getVersion()) && m.getDescription().equals(applied.getDescription())
                        && Objects.equals(m.getResolvedChecksum(), applied.getAppliedChecksum()))
                .findFirst();
    }

    private static String movedMessage(MigrationInfo applied, MigrationInfo file) {
        return "Version " + applied.getVersion() + " in the history is '" + applied.getDescription() + "', which is now "
                + file.getScript() + " (renumbered, as db merge does): db repair records it as version " + file.getVersion()
                + ", then db upgrade applies what it missed";
    }

    private static String previous(MigrationInfo m) {
        try {
            return String.valueOf(Integer.parseInt(m.getVersion().getVersion()) - 1);
        } catch (NumberFormatException e) {
            return "<the version before " + m.getVersion() + ">";
        }
    }
}
