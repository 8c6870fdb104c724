package dev.ormshell.migrate;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/** Version arguments and how a version is shown ("1 (initial migration)"). */
final class Versions {

    private Versions() {
    }

    static String describe(MigrationInfo info) {
        return info == null ? "0 (no migration applied)" : info.getVersion() + " (" + info.getDescription() + ")";
    }

    static MigrationVersion parse(String version) {
        if (version == null || !version.matches("\\d+(\\.\\d+)*")) {
            throw new MigrationException("'" + version + "' is not a version: give a number such as 2 (db history lists them)");
        }
        return MigrationVersion.fromVersion(version);
    }

    /** The version, if the folder or the history knows it (0 always exists: before the first migration). */
    static MigrationVersion checkKnown(MigrationContext context, String version) {
        MigrationVersion wanted = parse(version);
        boolean zero = wanted.getVersion().matches("0+(\\.0+)*");
        boolean known = zero || java.util.Arrays.stream(context.versions().all())
                .anyMatch(m -> m.getVersion() != null && m.getVersion().equals(wanted));
        if (!known) {
            throw new MigrationException("There is no version " + version + " in " + context.folder().dir() + " (db history lists them)");
        }
        return wanted;
    }

    /** Rejects a target that is not a known version, or that lies on the wrong side of the current one. */
    static void checkTarget(MigrationContext context, String target, boolean upward) {
        if (target == null) {
            return;
        }
        MigrationVersion wanted = checkKnown(context, target);
        MigrationInfo current = context.versions().current();
        MigrationVersion at = current == null ? MigrationVersion.fromVersion("0") : current.getVersion();
        if (upward && wanted.compareTo(at) < 0) {
            throw new MigrationException("The database is at version " + at + ", above " + target + ": use db downgrade " + target);
        }
        if (!upward && wanted.compareTo(at) > 0) {
            throw new MigrationException("The database is at version " + at + ", below " + target + ": use db upgrade " + target);
        }
    }
}
