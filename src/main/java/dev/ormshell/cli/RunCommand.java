package dev.ormshell.cli;

import dev.ormshell.repl.ScriptInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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

    @Parameters(paramLabel = "FILE", description = "The script to run (e.g. experiment.jsh); - reads standard input")
    String file;

    @Option(names = "--keep-going", description = "Run every snippet even after an error (exit code 1 if any failed)")
    boolean keepGoing;

    @Override
    public Integer call() {
        BufferedReader script = open();
        String name = file.equals("-") ? "<stdin>" : file;
        return ShellLauncher.launch(main.options, java -> new ScriptInput(script, name, java::isComplete),
                false, keepGoing);
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
