package dev.ormshell.migrate.commands;

import dev.ormshell.migrate.Renames;
import java.util.List;
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

    @Option(names = "--rename", paramLabel = "TABLE.COLUMN=NEW",
            description = "A column that was renamed, not dropped (its data is kept); asked in a terminal when not given")
    List<String> renames = List.of();

    @Override
    public Integer call() {
        db.folderToWrite();
        Renames answers = Renames.of(renames, db::confirm);
        return db.print(db.run(m -> m.migrate(message, answers)));
    }
}
