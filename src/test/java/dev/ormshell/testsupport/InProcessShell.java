package dev.ormshell.testsupport;

import dev.ormshell.orm.Db;
import dev.ormshell.repl.JavaEvaluator;
import dev.ormshell.repl.Output;
import dev.ormshell.repl.Repl;
import dev.ormshell.repl.ScriptInput;
import dev.ormshell.repl.ShellStartup;
import dev.ormshell.repl.StandardCommands;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * The shell's loop in this JVM, on a database a test opened with a model of its own (a child
 * process only knows the built-in one): a script goes in, what the user would see comes out,
 * values and errors in the order they were printed.
 */
public final class InProcessShell {

    private InProcessShell() {
    }

    /** Runs the script (one unit after another, going on after errors) and returns everything printed. */
    public static String run(Db db, String script) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8);
        Db.use(db);
        try (JavaEvaluator evaluator = ShellStartup.newEvaluator()) {
            ShellStartup.defineContext(evaluator, CompletableFuture.completedFuture(db));
            ScriptInput input = new ScriptInput(new BufferedReader(new StringReader(script)), "test.jsh", evaluator::isComplete);
            new Repl(db, evaluator, input, new Output(both, both, false), StandardCommands.registry(), true).run();
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
