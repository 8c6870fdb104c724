package dev.ormshell.migrate.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code db heads}: the newest migrations, and the versions two branches share. */
@Command(name = "heads", mixinStandardHelpOptions = true, description = "Show the newest migration (more than one when branches share a version).")
final class HeadsCommand implements Callable<Integer> {

    @ParentCommand
    DbCommands db;

    @Override
    public Integer call() {
        return db.print(db.run(m -> m.heads()));
    }
}
