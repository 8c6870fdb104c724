package dev.ormshell.migrate.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code db current}: the version the database is at. */
@Command(name = "current", mixinStandardHelpOptions = true, description = "Show the version the database is at.")
final class CurrentCommand implements Callable<Integer> {

    @ParentCommand
    DbCommands db;

    @Override
    public Integer call() {
        return db.print(db.run(m -> m.current()));
    }
}
