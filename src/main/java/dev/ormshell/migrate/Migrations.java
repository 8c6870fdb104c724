package dev.ormshell.migrate;

import dev.ormshell.orm.Database;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The chapter's Flask-Migrate commands over Flyway, for one database and one migrations folder.
 * Each method prints what it does and returns the exit code; failures are
 * {@link MigrationException}s whose message is the one line to show.
 */
public final class Migrations {

    private final MigrationContext context;

    public Migrations(Database database, Path migrationsDir, PrintWriter out) {
        this.context = MigrationContext.of(database, migrationsDir, out);
    }

    /** {@code db init}: needs no database. */
    public static int init(Path migrationsDir, PrintWriter out) {
        MigrationFolder folder = new MigrationFolder(migrationsDir);
        var created = folder.init();
        if (created.isEmpty()) {
            out.println(migrationsDir + " already exists; nothing to do.");
        }
        created.forEach(path -> out.println((path.equals(migrationsDir) ? "Creating directory " : "Generating ") + path + " ... done"));
        out.flush();
        return 0;
    }

    public int migrate(String message) {
        return Autogenerate.migrate(context, message);
    }

    /** {@code db revision}: an empty migration pair to fill in by hand; needs no database. */
    public static int revision(Path migrationsDir, String message, PrintWriter out) {
        MigrationFolder folder = new MigrationFolder(migrationsDir);
        String upgrade = Autogenerate.header(message, "SQL", "migration", "revision")
                + "-- Write the statements of this migration here, each ending with ;\n";
        String undo = Autogenerate.header(message, "SQL", "undo", "revision")
                + "-- Write the statements that undo it here, newest change first\n";
        folder.write(folder.highestVersion() + 1, message, upgrade, undo)
                .forEach(file -> out.println("Generating " + file + " ... done"));
        out.flush();
        return 0;
    }

    public int check() {
        return Autogenerate.check(context);
    }

    public int upgrade(String targetVersion) {
        return Upgrade.run(context, targetVersion);
    }

    public int downgrade(String targetVersion) {
        return Downgrade.run(context, targetVersion);
    }

    public int history() {
        return VersionReport.history(context);
    }

    public int current() {
        return VersionReport.current(context);
    }

    public int stamp(String version) {
        return VersionReport.stamp(context, version);
    }
}
