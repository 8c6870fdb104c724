package dev.ormshell.migrate.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code db migrate}: autogenerates the next migration, as Alembic does. */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Compare the entities with the database and write the next migration and its undo script.")
final class MigrateCommand implements Callable<Integer> {

    @ParentCommand
    DbCommands db;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MESSAGE", description = "What the migration does")
    String message;

    @Override
    public Integer call() {
        db.folderToWrite();
        return db.print(db.run(m -> m.migrate(message)));
    }
}
