package dev.ormshell.cli;

import dev.ormshell.migrate.commands.DbCommands;
import dev.ormshell.model.Models;
import dev.ormshell.orm.Database;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code ./shell.sh db …}: the migration commands on the database of --url or $DATABASE_URL. */
@Command(name = "db")
final class DbCommand extends DbCommands {

    // Inherited so that "db upgrade --url …" works as well as "db --url … upgrade".
    @Option(names = "--url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Database URL (default: $DATABASE_URL, else " + dev.ormshell.config.DatabaseUrl.DEFAULT + ")")
    String url;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show library logs and stack traces")
    boolean debug;

    @Override
    protected int withDatabase(Function<Database, Integer> work) {
        ShellOptions options = new ShellOptions();
        options.url = url;
        try (Database database = Database.open(options.databaseUrl(), Models.ALL)) {
            return work.apply(database);
        }
    }
}
