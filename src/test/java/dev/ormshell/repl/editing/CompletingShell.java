package dev.ormshell.repl.editing;

import dev.ormshell.orm.Db;
import dev.ormshell.repl.Input;
import dev.ormshell.repl.JavaEvaluator;
import dev.ormshell.repl.Output;
import dev.ormshell.repl.Repl;
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

    CompletingShell(Db db) {
        evaluator = ShellStartup.newEvaluator();
        Db.use(db);
        ShellStartup.defineContext(evaluator, CompletableFuture.completedFuture(db));
        Shell[] shell = new Shell[1];
        Input attachOnly = new Input() {
            @Override
            public Unit next() {
                return null;
            }

            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public void attach(Shell attached) {
                shell[0] = attached;
            }
        };
        PrintStream nowhere = new PrintStream(PrintStream.nullOutputStream());
        new Repl(db, evaluator, attachOnly, new Output(nowhere, nowhere, false), StandardCommands.registry(), false);
        completer = new ShellCompleter(shell[0]);
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
