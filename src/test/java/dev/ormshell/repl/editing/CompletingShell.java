package dev.ormshell.repl.editing;

import dev.ormshell.orm.Database;
import dev.ormshell.orm.Db;
import dev.ormshell.orm.UnitOfWork;
import dev.ormshell.repl.JavaEvaluator;
import dev.ormshell.repl.Output;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellStartup;
import dev.ormshell.repl.StandardCommands;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jline.reader.Candidate;

/** A real shell on an open database, for completion tests: JShell's analysis, the Hibernate metamodel, the live schema. */
final class CompletingShell implements AutoCloseable {

    final JavaEvaluator evaluator;
    private final ShellCompleter completer;
    private final Shell shell;

    final Db db;

    CompletingShell(Database database) {
        evaluator = ShellStartup.newEvaluator();
        UnitOfWork work = new UnitOfWork(database);
        db = ShellStartup.install(database, work);
        ShellStartup.defineContext(evaluator, CompletableFuture.completedFuture(db));
        PrintStream nowhere = new PrintStream(PrintStream.nullOutputStream());
        shell = new Shell(db, work, evaluator, ShellStartup.interrupts(evaluator, database),
                new Output(nowhere, nowhere, false), StandardCommands.registry());
        completer = new ShellCompleter(shell);
    }

    /** Runs Java as typed at the prompt (a variable to complete later, say). */
    void evaluate(String source) {
        shell.evaluate(source);
    }

    /** The line after taking the only candidate (or the values of all of them). */
    List<String> complete(String buffer) {
        CompletionWord word = CompletionWord.at(buffer, buffer.length(), name -> null);
        return completer.suggest(buffer, buffer.length()).stream()
                .map(Candidate::value)
                .filter(value -> value.startsWith(word.word()))
                .map(value -> buffer.substring(0, word.start()) + value)
                .toList();
    }

    List<Candidate> suggest(String buffer) {
        return completer.suggest(buffer, buffer.length());
    }

    @Override
    public void close() {
        evaluator.close();
    }
}
