package dev.ormshell.cli;

import dev.ormshell.migrate.commands.DbCommands;
import dev.ormshell.model.Models;
import dev.ormshell.orm.Database;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code ./shell.sh db …}: the migration commands on the database of --url or $DATABASE_URL. */
@Command(name = "db")
final class DbCommand extends DbCommands {

    @ParentCommand
    Main main;

    @Override
    protected int withDatabase(Function<Database, Integer> work) {
        try (Database database = Database.open(main.options.databaseUrl(), Models.ALL)) {
            return work.apply(database);
        }
    }
}
