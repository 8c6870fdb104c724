package dev.ormshell.migrate.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code db history}: every migration with its state. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List the migrations, applied and pending.")
final class VersionHistoryCommand implements Callable<Integer> {

    @ParentCommand
    DbCommands db;

    @Override
    public Integer call() {
        return db.print(db.run(m -> m.history()));
    }
}
