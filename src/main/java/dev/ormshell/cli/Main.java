package dev.ormshell.cli;

import dev.ormshell.config.PasswordMask;
import dev.ormshell.repl.Input;
import dev.ormshell.repl.ScriptInput;
import dev.ormshell.repl.TerminalInput;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code orm-shell}: the interactive shell, or a script from standard input when it is not a terminal. */
@Command(name = "shell.sh", mixinStandardHelpOptions = true, version = "ORM Shell 0.1.0",
        description = "An interactive Java shell over Hibernate: explore and change the database with the chapter's API.",
        subcommands = {RunCommand.class, DbOnUrlCommand.class, BenchCommand.class})
public final class Main implements Callable<Integer> {

    @Mixin
    ShellOptions options;

    public static void main(String[] args) {
        StartupTrace.mark("main"); // what came before is the launcher script and the JVM's own start
        // A JVM started by hand with --url user:password@… has the password in this property, which
        // Hibernate copies into sessionFactory.getProperties(): mask it before anything reads it.
        String command = System.getProperty("sun.java.command");
        if (command != null) {
            System.setProperty("sun.java.command", PasswordMask.inCommandLine(command));
        }
        // Before the head starts load any Hibernate class (see Logging); execute() sets it again.
        Logging.configure(java.util.Arrays.asList(args).contains("--debug"));
        if (EarlyPrompt.suits(args) && System.console() != null) {
            // Before JShell's start takes the other core: the prompt is what a person waits for,
            // and JShell is not what the first result waits for (the database is, see the trace).
            // Before the model too: what its loading prints goes above the prompt.
            EarlyPrompt.show(historyFile());
        }
        if (opensShell(args)) {
            ShellLauncher.startEvaluatorEarly();
        }
        if (opensModel(args)) {
            ModelHeadStart.begin(args);
        }
        int status = execute(args);
        EarlyPrompt.discard(); // a prompt that no command took (a usage error) leaves the terminal as it was
        System.exit(status);
    }

    // Commands that open no model, and need no JShell either.
    private static final java.util.Set<String> NO_MODEL = java.util.Set.of("bench", "-h", "--help", "-V", "--version", "help");

    // The shell itself or `run`: not `db`, `bench`, help or version, which need no JShell.
    private static boolean opensShell(String[] args) {
        return opensModel(args) && !java.util.Arrays.asList(args).contains("db");
    }

    // Every command but bench, help and version opens the model (db too).
    private static boolean opensModel(String[] args) {
        return java.util.Arrays.stream(args).noneMatch(NO_MODEL::contains);
    }

    /** Runs the command line and returns the exit code (the tests call this in-process). */
    public static int execute(String... args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        Logging.configure(debug);
        UserErrors errors = new UserErrors(debug);
        Callable<Integer> byHand = ShellArguments.command(args);
        if (byHand != null) {
            try {
                return byHand.call();
            } catch (Exception e) {
                return errors.report(e, new java.io.PrintWriter(System.err, true));
            }
        }
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(errors);
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        boolean terminal = System.console() != null;
        try {
            return ShellLauncher.launch(options, (isComplete, onCtrlC) -> {
                Input early = EarlyPrompt.take(isComplete, onCtrlC);
                if (early != null) {
                    return early;
                }
                return terminal ? new TerminalInput(isComplete, historyFile(), onCtrlC) : stdinInput(isComplete);
            }, terminal, false);
        } finally {
            EarlyPrompt.discard(); // the shell did not start: the terminal as it was, then the error
        }
    }

    private static Path historyFile() {
        String configured = System.getenv("ORMSHELL_HISTORY");
        return configured != null ? Path.of(configured) : home().resolve(".ormshell_history");
    }

    // $HOME when it is set, as bash, psql and sqlite3 have it; Java's user.home comes from the password file.
    private static Path home() {
        String home = System.getenv("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }

    private static Input stdinInput(Predicate<String> isComplete) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return new ScriptInput(reader, "<stdin>", isComplete);
    }
}
