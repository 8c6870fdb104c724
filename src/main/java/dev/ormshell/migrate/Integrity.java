package dev.ormshell.migrate;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Refuses to go on when the history and the folder disagree: an applied migration whose file
 * was changed (checksum mismatch) or removed, or a failed one left behind.
 */
final class Integrity {

    private Integrity() {
    }

    static void check(MigrationContext context) {
        String folder = context.folder().dir().toString();
        for (MigrationInfo m : context.versions().all()) {
            String script = m.getScript();
            if (m.getState() == MigrationState.MISSING_SUCCESS || m.getState() == MigrationState.FUTURE_SUCCESS) {
                throw new MigrationException("Version " + m.getVersion() + " (" + script + ") is applied but its file is not in "
                        + folder + ": restore it (e.g. git checkout " + folder + "), or use --migrations to point at the right folder");
            }
            if (m.getState().isFailed()) {
                throw new MigrationException(script + " failed earlier and is marked failed in " + SchemaVersions.HISTORY_TABLE
                        + ": undo its partial changes by hand, then delete its row (version " + m.getVersion() + ") there");
            }
            if (m.isApplied() && m.getType() != null && !m.getType().isBaseline() && m.getResolvedChecksum() != null
                    && !m.isChecksumMatching()) {
                throw new MigrationException(script + " was changed after it was applied (checksum mismatch): restore it as it was "
                        + "(e.g. git checkout " + context.folder().dir().resolve(script) + ") and put the change in a new "
                        + "migration (db migrate -m \"...\"), or db downgrade " + previous(m) + " first, then upgrade again");
            }
        }
    }

    private static String previous(MigrationInfo m) {
        try {
            return String.valueOf(Integer.parseInt(m.getVersion().getVersion()) - 1);
        } catch (NumberFormatException e) {
            return "<the version before " + m.getVersion() + ">";
        }
    }
}
