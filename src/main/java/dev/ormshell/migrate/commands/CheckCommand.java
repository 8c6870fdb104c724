package dev.ormshell.migrate.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code db check}: compares the entities with the database. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Exit 1 and list the differences when the entities and the database differ (for CI).")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    DbCommands db;

    @Override
    public Integer call() {
        return db.print(db.run(m -> m.check()));
    }
}
