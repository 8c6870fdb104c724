package dev.ormshell.migrate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two developers each wrote a {@code V2__…}: {@code db heads} lists the newest migrations (more
 * than one version-mate is a branch), and {@code db merge} gives every migration of a shared
 * version except one the next free version: the one this database applied keeps its number.
 * Flyway refuses to read such a folder, so the history is read here with plain SQL.
 */
final class Branches {

    private Branches() {
    }

    static MigrationResult.Changed heads(MigrationContext context) {
        Map<String, String> applied = appliedDescriptions(context);
        List<String> lines = new ArrayList<>();
        int highest = context.folder().highestVersion();
        if (highest == 0) {
            return new MigrationResult.Changed(List.of("No migrations in " + context.folder().dir() + "."));
        }
        String top = String.valueOf(highest);
        List<String> heads = context.folder().sharedVersions().getOrDefault(top, List.of(context.folder().migrationFile(top)));
        for (String file : heads) {
            String description = MigrationFolder.description(file);
            boolean isApplied = description.equalsIgnoreCase(applied.getOrDefault(top, ""));
            lines.add(top + " (" + description + ") " + file + ": " + (isApplied ? "applied" : "pending"));
        }
        context.folder().sharedVersions().forEach((version, files) -> lines.add((files.size() == 2 ? "Two" : files.size())
                + " migrations have version " + version + " (two branches): db merge gives "
                + String.join(" and ", moving(files, applied.get(version))) + " the next free version"));
        return new MigrationResult.Changed(lines);
    }

    static MigrationResult.Changed merge(MigrationContext context) {
        try (MigrationLock lock = context.lock()) {
            Map<String, String> applied = appliedDescriptions(context);
            List<String> done = new ArrayList<>();
            int next = context.folder().highestVersion();
            for (var shared : context.folder().sharedVersions().entrySet()) {
                for (String file : moving(shared.getValue(), applied.get(shared.getKey()))) {
                    done.add("Renamed " + String.join(" and ", context.folder().renumber(file, ++next)) + ".");
                }
            }
            if (done.isEmpty()) {
                done.add("Nothing to merge: every version in " + context.folder().dir() + " has one migration.");
            }
            return new MigrationResult.Changed(done);
        }
    }

    /** All but the one to keep: the one applied here, else the first by name. */
    private static List<String> moving(List<String> files, String appliedDescription) {
        String keep = files.stream().filter(f -> MigrationFolder.description(f).equalsIgnoreCase(appliedDescription == null ? "" : appliedDescription))
                .findFirst().orElse(files.get(0));
        return files.stream().filter(f -> !f.equals(keep)).toList();
    }

    private static Map<String, String> appliedDescriptions(MigrationContext context) {
        Map<String, String> applied = new HashMap<>();
        if (!context.versions().hasHistoryTable()) {
            return applied;
        }
        try (Connection connection = context.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version, description, success FROM " + SchemaVersions.HISTORY_TABLE)) {
            while (rs.next()) {
                if (rs.getString(1) != null && rs.getBoolean(3)) {
                    applied.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot read " + SchemaVersions.HISTORY_TABLE + ": " + e.getMessage(), e);
        }
        return applied;
    }
}
