package dev.ormshell.cli;

import dev.ormshell.migrate.MigrationResult;
import dev.ormshell.migrate.commands.DbCommands;
import dev.ormshell.orm.Database;
import dev.ormshell.project.ConfiguredDatabase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code ./shell.sh db …}: the migration commands on the shell's database, with the model's migrations. */
@Command(name = "db")
final class DbOnUrlCommand extends DbCommands {

    @ParentCommand
    Main main;

    @Override
    protected <T> T withDatabase(Function<Database, T> work) {
        ConfiguredDatabase target = main.options.database();
        try (Database database = Database.open(target.url(), main.options.model().model(target))) {
            return work.apply(database);
        }
    }

    @Override
    protected Path projectMigrations() {
        return main.options.model().migrations(main.options.database().url());
    }

    @Override
    protected Boolean confirm(String question) {
        java.io.Console console = System.console();
        if (console == null) {
            return null;
        }
        String answer = console.readLine("%s ", question);
        return answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y");
    }

    @Override
    protected int print(MigrationResult result) {
        PrintWriter out = spec.commandLine().getOut();
        result.lines().forEach(out::println);
        out.flush();
        return result.succeeded() ? 0 : 1;
    }
}
