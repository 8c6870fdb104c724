package dev.ormshell.cli;

import dev.ormshell.repl.ScriptInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

    @Parameters(paramLabel = "FILE", description = "The script to run (e.g. experiment.jsh)")
    Path file;

    @Option(names = "--keep-going", description = "Run every snippet even after an error (exit code 1 if any failed)")
    boolean keepGoing;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new UserError("Cannot run " + file + ": no such file");
        }
        return ShellLauncher.launch(main.options.databaseUrl(), java -> {
            try {
                return new ScriptInput(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString(), java::isComplete);
            } catch (NoSuchFileException e) {
                throw new UserError("Cannot run " + file + ": no such file");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, false, keepGoing);
    }
}
