package dev.ormshell.repl.commands;

import dev.ormshell.migrate.commands.DbCommands;
import dev.ormshell.orm.Database;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import picocli.CommandLine;

/** /db: the migration commands of {@code ./shell.sh db}, run on the shell's own database. */
public final class DbCommand implements ShellCommand {

    private final Path migrations;

    /** @param migrations the project's migrations folder, or null for the shell's default */
    public DbCommand(Path migrations) {
        this.migrations = migrations;
    }

    @Override
    public String name() {
        return "db";
    }

    @Override
    public String usage() {
        return "/db <command>";
    }

    @Override
    public String help() {
        return "schema versions: init, migrate -m MSG, revision -m MSG, upgrade, downgrade, history, current, stamp, check";
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        List<String> words;
        try {
            // JLine's own parser splits the line as the terminal does: quotes group words.
            words = new DefaultParser().parse(arguments, arguments.length(), Parser.ParseContext.ACCEPT_LINE).words()
                    .stream().filter(w -> !w.isEmpty()).toList();
        } catch (EOFError e) {
            return Outcome.error("/db: unclosed quote in " + arguments);
        }
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        String[] error = {null};
        CommandLine commandLine = new CommandLine(new OnShellDatabase(shell.db().database(), migrations));
        commandLine.setOut(out).setErr(out);
        commandLine.setParameterExceptionHandler((e, args) -> {
            error[0] = e.getMessage() + " (/db --help lists the commands)";
            return 2;
        });
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            error[0] = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return 1;
        });
        int exitCode = commandLine.execute(words.toArray(String[]::new));
        if (!text.toString().isBlank()) {
            shell.output().println(text.toString().stripTrailing());
        }
        if (exitCode == 0) {
            return Outcome.NOTHING;
        }
        return Outcome.error(error[0] != null ? error[0] : "/db " + String.join(" ", words) + " found differences");
    }

    /** The db commands bound to the database the shell has open (it stays open afterwards). */
    private static final class OnShellDatabase extends DbCommands {

        private final Database database;
        private final Path migrations;

        OnShellDatabase(Database database, Path migrations) {
            this.database = database;
            this.migrations = migrations;
        }

        @Override
        protected int withDatabase(Function<Database, Integer> work) {
            return work.apply(database);
        }

        @Override
        protected Path projectMigrations() {
            return migrations;
        }
    }
}
