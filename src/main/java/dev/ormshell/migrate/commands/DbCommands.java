package dev.ormshell.migrate.commands;

import dev.ormshell.migrate.MigrationResult;
import dev.ormshell.migrate.Migrations;
import dev.ormshell.orm.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code db} command and its subcommands, the same on the command line ({@code ./shell.sh db
 * upgrade}) and in the shell ({@code /db upgrade}); each host says which database they act on.
 */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Schema versions with Flyway, as Flask-Migrate does them.",
        subcommands = {InitCommand.class, MigrateCommand.class, RevisionCommand.class, UpgradeCommand.class,
                DowngradeCommand.class, VersionHistoryCommand.class, CurrentCommand.class, ShowCommand.class, HeadsCommand.class,
                StampCommand.class, RepairCommand.class, MergeCommand.class, CheckCommand.class})
public abstract class DbCommands implements Callable<Integer> {

    @Option(names = "--migrations", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The migrations folder (default: ./migrations, else the project's migrations)")
    Path migrations;

    @Spec
    protected CommandSpec spec;

    /** Runs the work on the host's database and returns what it gives. */
    protected abstract <T> T withDatabase(Function<Database, T> work);

    /** Shows what a command did, where the host shows things; returns the exit code. */
    protected abstract int print(MigrationResult result);

    /** Asks the user a yes/no question; null when nobody can answer (no terminal). */
    protected abstract Boolean confirm(String question);

    /** The migrations folder of the project the host opened (its Flyway location), or null for none. */
    protected Path projectMigrations() {
        return null;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Give a command: init, migrate, revision, upgrade, downgrade, "
                + "history, current, show, heads, stamp, repair, merge or check");
    }

    /**
     * The folder given, else the project's Flyway location, else ./migrations as Flask-Migrate has it; run from elsewhere, the shell
     * uses the migrations of the project it was built from (shell.sh exports ORMSHELL_HOME), since
     * they describe that project's entities.
     */
    Path migrationsDir() {
        if (migrations != null) {
            return migrations;
        }
        if (projectMigrations() != null) {
            return projectMigrations();
        }
        Path here = Path.of("migrations");
        String home = System.getenv("ORMSHELL_HOME");
        if (!java.nio.file.Files.isDirectory(here) && home != null
                && java.nio.file.Files.isDirectory(Path.of(home, "migrations"))) {
            return Path.of(home, "migrations");
        }
        return here;
    }

    /**
     * Where new migration files go: the folder given, else an opened project's, else ./migrations.
     * Never the shell's own folder by surprise: without ./migrations the user is told to run db
     * init or name one.
     */
    Path folderToWrite() {
        if (migrations != null || projectMigrations() != null || java.nio.file.Files.isDirectory(Path.of("migrations"))) {
            return migrationsDir();
        }
        throw new dev.ormshell.migrate.MigrationException("There is no migrations folder here: run db init first, "
                + "or give --migrations DIR" + (migrationsDir().isAbsolute() ? " (the project's is " + migrationsDir() + ")" : ""));
    }

    /** Where {@code db init} creates the folder: the one given, else an opened project's, else ./migrations. */
    Path folderToCreate() {
        return migrations != null ? migrations : projectMigrations() != null ? projectMigrations() : Path.of("migrations");
    }

    <T extends MigrationResult> T run(Function<Migrations, T> work) {
        return withDatabase(database -> work.apply(new Migrations(database, migrationsDir())));
    }
}
