package dev.ormshell.migrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/** {@code db history}, {@code db current} and {@code db show}: what is applied and what is in the folder. */
final class VersionReport {

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.systemDefault());

    private VersionReport() {
    }

    static MigrationResult.History history(MigrationContext context) {
        java.util.function.Predicate<MigrationInfo> anotherFile = m -> !Integrity.describedByItsFile(context, m);
        MigrationInfo[] all = context.versions().all();
        List<MigrationResult.Entry> entries = new ArrayList<>();
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
            String on = m.getInstalledOn() == null ? "" : DATE.format(m.getInstalledOn().toInstant());
            entries.add(new MigrationResult.Entry(version, description, state(m, anotherFile), on, undo));
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

    /** {@code db show VERSION}: the migration's state and where it is, then its file. */
    static MigrationResult.Changed show(MigrationContext context, String version) {
        org.flywaydb.core.api.MigrationVersion wanted = Versions.checkKnown(context, version);
        List<MigrationInfo> matching = java.util.Arrays.stream(context.versions().all())
                .filter(m -> wanted.equals(m.getVersion())).toList();
        if (matching.isEmpty()) {
            return new MigrationResult.Changed(List.of("Version 0 is the database before the first migration."));
        }
        MigrationInfo m = matching.stream().filter(MigrationInfo::isApplied).findFirst().orElse(matching.get(0));
        String on = m.getInstalledOn() == null ? "" : " on " + DATE.format(m.getInstalledOn().toInstant());
        List<String> lines = new ArrayList<>();
        lines.add("Version " + m.getVersion() + " (" + m.getDescription() + "): "
                + state(m, applied -> !Integrity.describedByItsFile(context, applied)) + on);
        Path file = context.folder().dir().resolve(context.folder().migrationFile(wanted.getVersion()));
        String undo = context.folder().undoScript(wanted.getVersion(), m.getDescription()).map(p -> p.getFileName().toString())
                .orElse("none");
        if (!Files.exists(file)) {
            lines.add("Its file is not in " + context.folder().dir() + ".");
            return new MigrationResult.Changed(lines);
        }
        lines.add(file + " (undo: " + undo + ")");
        lines.add("");
        try {
            lines.addAll(Files.readString(file).stripTrailing().lines().toList());
        } catch (IOException e) {
            throw new MigrationException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return new MigrationResult.Changed(lines);
    }

    private static String state(MigrationInfo m, java.util.function.Predicate<MigrationInfo> anotherFile) {
        MigrationState state = m.getState();
        if (state == MigrationState.BASELINE) {
            return "stamped";
        }
        if (state.isFailed()) {
            return "failed";
        }
        if (m.isApplied()) {
            return anotherFile.test(m) ? "another file!" : m.isChecksumMatching() ? "applied" : "changed!";
        }
        return state == MigrationState.PENDING ? "pending" : state.getDisplayName().toLowerCase();
    }
}
