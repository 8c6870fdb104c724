package dev.ormshell.migrate.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code db show VERSION}: one migration, its state and its file. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a migration: its state, its files and its SQL.")
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    DbCommands db;

    @Parameters(paramLabel = "VERSION", description = "The version to show (db history lists them)")
    String version;

    @Override
    public Integer call() {
        return db.print(db.run(m -> m.show(version)));
    }
}
