package dev.ormshell.cli;

import dev.ormshell.bench.BenchException;
import dev.ormshell.bench.Benchmark;
import dev.ormshell.bench.ScratchFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code bench}: the facade against plain JDBC (W1–W6) and the shell's start-up figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the facade against plain JDBC on one database, and the shell's start-up.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--rows", paramLabel = "N", defaultValue = "100000",
            description = "Users inserted by W1 (default: ${DEFAULT-VALUE})")
    int rows;

    @ParentCommand
    Main main;

    @Option(names = "--startup-runs", paramLabel = "RUNS", defaultValue = "5",
            description = "Child shells per start-up figure, 0 to skip them (default: ${DEFAULT-VALUE})")
    int startupRuns;

    @Override
    public Integer call() throws Exception {
        // Not $DATABASE_URL: the benchmark writes and deletes rows, so it only runs where --url sends it.
        String url = main.options.givenUrl();
        Path scratch = url == null ? ScratchFolder.create("ormshell-bench") : null;
        String target = scratch == null ? url : "sqlite:///" + scratch.resolve("bench.sqlite").toAbsolutePath();
        try {
            new Benchmark(target, rows, startupRuns, launcher(), System.out).run();
            return 0;
        } catch (BenchException e) {
            throw new UserError("bench: " + e.getMessage());
        } finally {
            if (scratch != null) {
                ScratchFolder.delete(scratch);
            }
        }
    }

    // shell.sh exports its folder; from a checkout, ./shell.sh is the launcher.
    private static Path launcher() {
        String home = System.getenv("ORMSHELL_HOME");
        Path shell = (home != null ? Path.of(home) : Path.of("")).resolve("shell.sh").toAbsolutePath();
        return Files.isExecutable(shell) ? shell : null;
    }
}
