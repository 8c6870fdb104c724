package dev.ormshell.cli;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.model.Models;
import dev.ormshell.orm.Database;
import dev.ormshell.repl.Input;
import dev.ormshell.repl.JavaEvaluator;
import dev.ormshell.repl.Output;
import dev.ormshell.repl.Repl;
import dev.ormshell.repl.ShellStartup;
import dev.ormshell.repl.StandardCommands;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Opens the database and the Java evaluator side by side, then runs the loop on the given input. */
final class ShellLauncher {

    private ShellLauncher() {
    }

    static int launch(DatabaseUrl url, Function<JavaEvaluator, Input> inputFor, boolean banner, boolean keepGoing) {
        // JShell's start-up and Hibernate's boot are independent: do them at the same time.
        CompletableFuture<JavaEvaluator> evaluator = CompletableFuture.supplyAsync(ShellStartup::newEvaluator);
        Database database;
        try {
            database = Database.open(url, Models.ALL);
        } catch (RuntimeException e) {
            evaluator.thenAccept(JavaEvaluator::close);
            throw e;
        }
        try (database; JavaEvaluator java = evaluator.join(); Input input = inputFor.apply(java)) {
            Output output = new Output(System.out, System.err, input.interactive());
            var db = ShellStartup.preload(java, database);
            if (banner) {
                output.println(ShellStartup.banner(database));
            }
            return new Repl(db, java, input, output, StandardCommands.registry(), keepGoing).run();
        }
    }
}
