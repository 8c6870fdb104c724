package dev.ormshell.migrate.commands;

import dev.ormshell.migrate.Migrations;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code db revision}: an empty migration pair to write by hand. */
@Command(name = "revision", mixinStandardHelpOptions = true, description = "Write an empty migration and undo script to fill in by hand.")
final class RevisionCommand implements Callable<Integer> {

    @ParentCommand
    DbCommands db;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MESSAGE", description = "What the migration does")
    String message;

    @Override
    public Integer call() {
        return db.print(Migrations.revision(db.folderToWrite(), message));
    }
}
