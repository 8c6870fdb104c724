package dev.ormshell.repl.commands;

import dev.ormshell.migrate.MigrationException;
import dev.ormshell.migrate.MigrationResult;
import dev.ormshell.migrate.commands.DbCommands;
import dev.ormshell.orm.Database;
import dev.ormshell.repl.Input;
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
        return "schema versions: init, migrate -m MSG, revision -m MSG, upgrade, downgrade, history, current, show, heads,"
                + " stamp, repair, merge, check";
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
        if (!words.isEmpty() && List.of("migrate", "revision", "check").contains(words.get(0))
                && !shell.typedEntityNames().isEmpty()) {
            shell.output().notice(String.join(", ", shell.typedEntityNames()) + ", typed at the prompt, "
                    + (shell.typedEntityNames().size() == 1 ? "is" : "are") + " not part of the model /db " + words.get(0)
                    + " compares: put it in a source file to migrate it.");
        }
        String[] error = {null};
        OnShellDatabase db = new OnShellDatabase(shell, migrations);
        CommandLine commandLine = new CommandLine(db);
        // picocli's own text (help, usage) is printed after the command, where the shell prints.
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        commandLine.setOut(out).setErr(out);
        commandLine.setParameterExceptionHandler((e, args) -> {
            error[0] = e.getMessage() + " (/db --help lists the commands)";
            return 2;
        });
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            error[0] = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return 1;
        });
        commandLine.execute(words.toArray(String[]::new));
        if (!text.toString().isBlank()) {
            shell.output().println(text.toString().stripTrailing());
        }
        if (error[0] != null) {
            return Outcome.error(error[0]);
        }
        if (db.result != null && !db.result.succeeded()) {
            return Outcome.error("/db " + String.join(" ", words) + " found differences");
        }
        return Outcome.NOTHING;
    }

    /** The db commands bound to the database the shell has open (it stays open afterwards). */
    private static final class OnShellDatabase extends DbCommands {

        private final Shell shell;
        private final Path migrations;
        private MigrationResult result;

        OnShellDatabase(Shell shell, Path migrations) {
            this.shell = shell;
            this.migrations = migrations;
        }

        @Override
        protected <T> T withDatabase(Function<Database, T> work) {
            return work.apply(shell.modelDatabase());
        }

        @Override
        protected Boolean confirm(String question) {
            String answer = shell.ask(question + " ");
            if (Input.CANCEL.equals(answer)) {
                throw new MigrationException("Cancelled: nothing was written");
            }
            return answer == null ? null : answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y");
        }

        @Override
        protected int print(MigrationResult printed) {
            result = printed;
            printed.lines().forEach(shell.output()::println);
            return printed.succeeded() ? 0 : 1;
        }

        @Override
        protected Path projectMigrations() {
            return migrations;
        }
    }
}
