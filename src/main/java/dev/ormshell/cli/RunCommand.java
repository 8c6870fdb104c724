package dev.ormshell.cli;

import dev.ormshell.render.OutputFormats;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.ScriptInput;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellStartup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code run FILE}: evaluates a script as the shell would, without prompts; the exit code tells success. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a script of Java snippets and /commands; stop at the first error.")
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "FILE", description = "The script to run (e.g. experiment.jsh); - reads standard input")
    String file;

    @Parameters(index = "1..*", paramLabel = "ARG",
            description = "Words for the script, its List<String> args (after --, words that start with -)")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "How /sql, /hql and /table print rows: table, vertical, csv, tsv, json or markdown")
    String format;

    @Option(names = "--transcript", paramLabel = "LESSON.md",
            description = "Write each input, the SQL it ran and what it printed to a Markdown file")
    Path transcript;

    @Option(names = "--keep-going", description = "Run every snippet even after an error (exit code 1 if any failed)")
    boolean keepGoing;

    @Override
    public Integer call() {
        if (format != null && OutputFormats.find(format).isEmpty()) {
            throw new UserError("--format: there is no format '" + format + "'; choose one of " + String.join(", ", OutputFormats.NAMES));
        }
        BufferedReader script = open();
        String name = file.equals("-") ? "<stdin>" : file;
        ShellStartup.useScriptArguments(arguments);
        return ShellLauncher.launch(main.options, (isComplete, onCtrlC) -> new ScriptInput(script, name, isComplete),
                false, keepGoing, shell -> {
                    if (format != null) {
                        shell.results().useFormat(format);
                    }
                    if (transcript != null) {
                        startTranscript(shell);
                    }
                });
    }

    // The same as typing /transcript FILE first; a file that cannot be written stops the run before it starts.
    private void startTranscript(Shell shell) {
        Outcome started = shell.commandNamed("transcript").orElseThrow().run(transcript.toString(), shell);
        if (started.failed()) {
            throw new UserError(started.message());
        }
    }

    // Any readable file will do, a pipe such as <(…) too; "-" is standard input.
    private BufferedReader open() {
        if (file.equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new UserError("Cannot run " + file + ": it is a folder");
        }
        try {
            return Files.newBufferedReader(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError("Cannot run " + file + ": no such file");
        } catch (IOException e) {
            throw new UserError("Cannot run " + file + ": " + e.getMessage());
        }
    }
}
