package dev.ormshell.cli;

import dev.ormshell.migrate.commands.DbCommands;
import dev.ormshell.orm.Database;
import dev.ormshell.project.ConfiguredDatabase;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code ./shell.sh db …}: the migration commands on the shell's database, with the model's migrations. */
@Command(name = "db")
final class DbCommand extends DbCommands {

    @ParentCommand
    Main main;

    @Override
    protected int withDatabase(Function<Database, Integer> work) {
        ConfiguredDatabase target = main.options.database();
        try (Database database = Database.open(target.url(), main.options.model().model(target))) {
            return work.apply(database);
        }
    }

    @Override
    protected Path projectMigrations() {
        return main.options.model().migrations(main.options.database().url());
    }
}
