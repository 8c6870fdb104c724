package dev.ormshell.migrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a migration command did, as data (as Flyway's {@code migrate()} returns a
 * {@code MigrateResult}): the command line and the shell's {@code /db} each print it.
 */
public sealed interface MigrationResult {

    /** The lines that report it, in the voice of Flask-Migrate's output. */
    List<String> lines();

    /** False when the command found what it was asked to look for (db check: a difference). */
    default boolean succeeded() {
        return true;
    }

    /** One migration run (upgrade) or undone (downgrade). */
    record Step(String version, String description, String script, String before, boolean outOfOrder) {

        /** One line a step, then the version reached; or why nothing ran. */
        static List<String> lines(List<Step> steps, String version, String idle, Function<Step, String> line) {
            if (steps.isEmpty()) {
                return List.of(idle);
            }
            List<String> lines = new ArrayList<>(steps.stream().map(line).toList());
            lines.add("The database is now at version " + version + ".");
            return lines;
        }
    }

    /** {@code db init}: what was created in the folder (nothing when it existed). */
    record Created(Path folder, List<Path> created) implements MigrationResult {
        public List<String> lines() {
            if (created.isEmpty()) {
                return List.of(folder + " already exists; nothing to do.");
            }
            return created.stream().map(p -> (p.equals(folder) ? "Creating directory " : "Generating ") + p + " ... done").toList();
        }
    }

    /**
     * {@code db migrate} and {@code db revision}: the differences detected, warnings about data,
     * what is not compared, and the files written (none when nothing changed).
     */
    record Generated(List<String> detected, List<String> warnings, List<String> notCompared, List<Path> files)
            implements MigrationResult {
        public List<String> lines() {
            List<String> lines = new ArrayList<>(detected);
            lines.addAll(warnings);
            if (files.isEmpty()) {
                lines.add("No changes in schema detected.");
            } else {
                lines.addAll(notCompared);
            }
            files.forEach(file -> lines.add("Generating " + file + " ... done"));
            return lines;
        }
    }

    /** {@code db check}: pending migrations and the differences between the model and the database. */
    record Checked(String version, List<String> pending, List<String> differences) implements MigrationResult {
        public boolean succeeded() {
            return pending.isEmpty() && differences.isEmpty();
        }

        public List<String> lines() {
            if (succeeded()) {
                return List.of("The database matches the entities (version " + version + ").");
            }
            List<String> lines = new ArrayList<>();
            if (!pending.isEmpty()) {
                lines.add("Pending migrations: " + String.join(", ", pending) + " (db upgrade applies them)");
            }
            lines.addAll(differences);
            if (!differences.isEmpty()) {
                lines.add(pending.isEmpty()
                        ? "The database differs from the entities: db migrate -m \"message\" writes a migration for it."
                        : "The database differs from the entities: run db upgrade, then db check again.");
            }
            return lines;
        }
    }

    /** {@code db upgrade}: the migrations run; {@code idle} says why none ran. */
    record Upgraded(List<Step> steps, String version, String idle) implements MigrationResult {
        public List<String> lines() {
            return Step.lines(steps, version, idle, step -> "Running upgrade -> " + step.version() + ", " + step.description()
                    + " (" + step.script() + ")" + (step.outOfOrder() ? " out of order: the database had a later version" : ""));
        }
    }

    /** {@code db downgrade}: the undo scripts run, newest first; {@code idle} says why none ran. */
    record Downgraded(List<Step> steps, String version, String idle) implements MigrationResult {
        public List<String> lines() {
            return Step.lines(steps, version, idle, step -> step.outOfOrder()
                    ? "Running downgrade " + step.version() + ", " + step.description() + " (" + step.script()
                            + "), applied out of order: the database stays at version " + step.before()
                    : "Running downgrade " + step.version() + " -> " + step.before() + ", " + step.description()
                            + " (" + step.script() + ")");
        }
    }

    /** One line of {@code db history}. */
    record Entry(String version, String description, String state, String installedOn, String undoScript) {
    }

    /** {@code db history}: every migration, applied or not. */
    record History(List<Entry> entries, Path folder) implements MigrationResult {
        public List<String> lines() {
            if (entries.isEmpty()) {
                return List.of("No migrations in " + folder + " and none applied.");
            }
            List<String> lines = new ArrayList<>();
            lines.add(String.format("%-8s %-32s %-10s %-20s %s", "Version", "Description", "State", "Applied on", "Undo script"));
            entries.forEach(e -> lines.add(String.format("%-8s %-32s %-10s %-20s %s",
                    e.version(), e.description(), e.state(), e.installedOn(), e.undoScript())));
            return lines;
        }
    }

    /** {@code db current}: the version and how many migrations are pending. */
    record Current(String version, int pending) implements MigrationResult {
        public List<String> lines() {
            return List.of(version + (pending == 0 ? " (head)" : " - pending: " + pending));
        }
    }

    /** {@code db upgrade --sql}, {@code db downgrade --sql}: SQL to review, nothing run. */
    record Script(String sql) implements MigrationResult {
        public List<String> lines() {
            return sql.stripTrailing().lines().toList();
        }
    }

    /** What a command did or found, line by line (stamp, repair, merge, show, heads). */
    record Changed(List<String> done) implements MigrationResult {
        public List<String> lines() {
            return done;
        }
    }
}
