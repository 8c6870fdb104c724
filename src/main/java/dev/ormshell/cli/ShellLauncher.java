package dev.ormshell.cli;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.model.Models;
import dev.ormshell.orm.Database;
import dev.ormshell.orm.Db;
import dev.ormshell.orm.QueryWarmUp;
import dev.ormshell.repl.Input;
import dev.ormshell.repl.JavaEvaluator;
import dev.ormshell.repl.Output;
import dev.ormshell.repl.Repl;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellStartup;
import dev.ormshell.repl.StandardCommands;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/** Opens the database and the Java evaluator side by side, then runs the loop on the given input. */
final class ShellLauncher {

    // JShell already starting, if main() saw that the command runs the shell (see startEvaluatorEarly).
    private static volatile CompletableFuture<JavaEvaluator> headStart;

    private ShellLauncher() {
    }

    /**
     * Starts JShell before the command line is even parsed. JShell's start-up is the longest
     * step before the prompt, and reading the command line with picocli takes the main thread
     * about 0.2 s (its classes are too old for the class-data archive and are verified one by
     * one); on the other core JShell need not wait for that.
     */
    static void startEvaluatorEarly() {
        headStart = CompletableFuture.supplyAsync(ShellStartup::newEvaluator);
    }

    static int launch(DatabaseUrl url, Function<JavaEvaluator, Input> inputFor, boolean banner, boolean keepGoing) {
        return launch(url, inputFor, banner, keepGoing, shell -> { });
    }

    /** The same, with settings made on the shell before its first input ({@code run --format}). */
    static int launch(DatabaseUrl url, Function<JavaEvaluator, Input> inputFor, boolean banner, boolean keepGoing,
            Consumer<Shell> setup) {
        // JShell's start-up and Hibernate's boot are independent: do them at the same time. The
        // context variables are compiled on JShell's side too, and take the database once it is open.
        StartupTrace.mark("launch");
        CompletableFuture<Db> opened = new CompletableFuture<>();
        CompletableFuture<JavaEvaluator> started = headStart != null ? headStart : CompletableFuture.supplyAsync(ShellStartup::newEvaluator);
        headStart = null;
        CompletableFuture<JavaEvaluator> evaluator = started.thenApplyAsync(java -> {
            StartupTrace.mark("JShell ready, imports compiled");
            // This thread is done before Hibernate: use the wait to warm the HQL grammar.
            QueryWarmUp.grammar();
            StartupTrace.mark("HQL grammar warmed");
            try {
                ShellStartup.defineContext(java, opened);
            } catch (RuntimeException e) {
                java.close();
                throw e;
            }
            StartupTrace.mark("context variables defined");
            return java;
        });
        Database database;
        Db db;
        try {
            database = Database.open(url, Models.ALL);
            StartupTrace.mark("database open (pool, Hibernate)");
            db = ShellStartup.install(database);
        } catch (RuntimeException e) {
            opened.completeExceptionally(e);
            throw e;
        }
        opened.complete(db);
        try (database; JavaEvaluator java = evaluator.join(); Input input = inputFor.apply(java)) {
            Output output = new Output(System.out, System.err, input.interactive(), url::maskIn);
            StartupTrace.mark("input ready");
            if (banner) {
                output.println(ShellStartup.banner(database));
            }
            Repl repl = new Repl(db, java, input, output, StandardCommands.registry(), keepGoing);
            setup.accept(repl.shell());
            return repl.run();
        }
    }
}
