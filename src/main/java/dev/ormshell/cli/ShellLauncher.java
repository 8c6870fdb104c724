package dev.ormshell.cli;

import dev.ormshell.orm.Database;
import dev.ormshell.orm.Db;
import dev.ormshell.orm.QueryWarmUp;
import dev.ormshell.orm.UnitOfWork;
import dev.ormshell.project.ConfiguredDatabase;
import dev.ormshell.project.LoadedModel;
import dev.ormshell.project.ModelSource;
import dev.ormshell.repl.ContextFile;
import dev.ormshell.repl.Input;
import dev.ormshell.repl.Interrupts;
import dev.ormshell.repl.JavaEvaluator;
import dev.ormshell.repl.Output;
import dev.ormshell.repl.RebuiltModel;
import dev.ormshell.repl.Repl;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellStartup;
import dev.ormshell.repl.StandardCommands;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Opens the database and the Java evaluator side by side, then runs the loop on the given input. */
final class ShellLauncher {

    // JShell already starting, if main() saw that the command runs the shell (see startEvaluatorEarly).
    private static volatile CompletableFuture<JavaEvaluator> headStart;

    private ShellLauncher() {
    }

    /** Where the loop reads from: a terminal (which calls {@code onCtrlC}) or a script. */
    interface InputSource {
        Input open(Predicate<String> isComplete, Runnable onCtrlC);
    }

    /**
     * Starts JShell before the command line is even parsed. JShell's start-up is the longest
     * step before the prompt, and reading the command line with picocli takes the main thread
     * about 0.2 s (its classes are too old for the class-data archive and are verified one by
     * one); on the other core JShell need not wait for that.
     */
    static void startEvaluatorEarly() {
        headStart = CompletableFuture.supplyAsync(ShellStartup::newEvaluatorForAnyModel);
    }

    static int launch(ShellOptions options, InputSource inputFrom, boolean banner, boolean keepGoing) {
        return launch(options, inputFrom, banner, keepGoing, shell -> { });
    }

    /** The same, with settings made on the shell before its first input ({@code run --format}). */
    static int launch(ShellOptions options, InputSource inputFrom, boolean banner, boolean keepGoing, Consumer<Shell> setup) {
        // JShell's start-up and Hibernate's boot are independent: do them at the same time. The
        // context variables are compiled on JShell's side too, and take the database once it is open.
        StartupTrace.mark("launch");
        CompletableFuture<JavaEvaluator> started = headStart != null ? headStart : CompletableFuture.supplyAsync(ShellStartup::newEvaluatorForAnyModel);
        headStart = null;
        ContextFile context = options.contextFile();
        LoadedModel model = options.model();
        ConfiguredDatabase target = options.database();
        StartupTrace.mark("model loaded (" + model.name() + ")");
        CompletableFuture<Db> opened = new CompletableFuture<>();
        CompletableFuture<JavaEvaluator> evaluator = started.thenApplyAsync(java -> {
            StartupTrace.mark("JShell ready, imports compiled");
            try {
                ShellStartup.useModel(java, model.loader(), model.compileClasspath(), model.namedClasses());
            } catch (RuntimeException e) {
                java.close();
                throw e;
            }
            StartupTrace.mark("model's imports compiled");
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
        UnitOfWork work;
        Db db;
        try {
            database = Database.open(target.url(), model.model(target));
            StartupTrace.mark("database open (pool, Hibernate)");
            work = new UnitOfWork(database);
            db = ShellStartup.install(database, work);
        } catch (RuntimeException e) {
            opened.completeExceptionally(e);
            throw e;
        }
        opened.complete(db);
        // /reload maps the model again on the same pool: the mapping to close at the end is the shell's last.
        Shell[] running = {null};
        try (JavaEvaluator java = evaluator.join()) {
            Interrupts interrupts = ShellStartup.interrupts(java, database);
            try (Input input = inputFrom.open(java::isComplete, interrupts::interrupt)) {
                Output output = new Output(System.out, System.err, input.interactive(), target.url()::maskIn);
                StartupTrace.mark("input ready");
                Shell shell = new Shell(db, work, java, interrupts, output,
                        StandardCommands.registry(model.migrations(target.url())));
                running[0] = shell;
                ModelSource reloads = options.reloadSource();
                shell.setModelBuilder(() -> {
                    LoadedModel rebuilt = reloads.load();
                    return new RebuiltModel(rebuilt.model(target), rebuilt.compileClasspath(), rebuilt.namedClasses());
                });
                Repl repl = new Repl(shell, input, keepGoing);
                ContextFile.Loaded loaded = context == null ? null : context.runIn(shell);
                if (banner) {
                    List<String> notes = new java.util.ArrayList<>(model.notes());
                    notes.addAll(ShellStartup.modelImports(model.namedClasses()).notes());
                    String text = ShellStartup.banner(database, target.origin(), notes, java.imports(), loaded);
                    input.announce(target.url().maskIn(text), output);
                }
                if (loaded != null) {
                    loaded.errors().forEach(error -> input.announceError(error, output));
                }
                setup.accept(shell);
                return repl.run();
            }
        } finally {
            if (running[0] == null) {
                database.close();
            } else {
                running[0].closeDatabase();
            }
        }
    }
}
