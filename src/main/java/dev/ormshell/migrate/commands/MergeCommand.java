package dev.ormshell.migrate.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code db merge}: renumbers the migrations two branches gave the same version. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Give every migration that shares its version with another the next free version (the one this database applied keeps its number).")
final class MergeCommand implements Callable<Integer> {

    @ParentCommand
    DbCommands db;

    @Override
    public Integer call() {
        db.folderToWrite();
        return db.print(db.run(m -> m.merge()));
    }
}
