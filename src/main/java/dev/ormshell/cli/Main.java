package dev.ormshell.cli;

import dev.ormshell.repl.Input;
import dev.ormshell.repl.ScriptInput;
import dev.ormshell.repl.TerminalInput;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code orm-shell}: the interactive shell, or a script from standard input when it is not a terminal. */
@Command(name = "shell.sh", mixinStandardHelpOptions = true, version = "ORM Shell 0.1.0",
        description = "An interactive Java shell over Hibernate: explore and change the database with the chapter's API.",
        subcommands = {RunCommand.class, DbCommand.class, BenchCommand.class})
public final class Main implements Callable<Integer> {

    @Mixin
    ShellOptions options;

    public static void main(String[] args) {
        // Before the head starts load any Hibernate class (see Logging); execute() sets it again.
        Logging.configure(java.util.Arrays.asList(args).contains("--debug"));
        if (opensShell(args)) {
            ShellLauncher.startEvaluatorEarly();
        }
        if (opensModel(args)) {
            ModelHeadStart.begin(args);
        }
        System.exit(execute(args));
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
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new UserErrors(debug));
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        boolean terminal = System.console() != null;
        return ShellLauncher.launch(options, java -> terminal ? terminalInput(java) : stdinInput(java),
                terminal, false);
    }

    private static Input terminalInput(dev.ormshell.repl.JavaEvaluator java) {
        String configured = System.getenv("ORMSHELL_HISTORY");
        Path history = configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".ormshell_history");
        return new TerminalInput(java::isComplete, history, java::interrupt);
    }

    private static Input stdinInput(dev.ormshell.repl.JavaEvaluator java) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return new ScriptInput(reader, "<stdin>", java::isComplete);
    }
}
