package dev.ormshell.repl;

import dev.ormshell.orm.Db;
import dev.ormshell.render.ValueRenderer;
import java.util.List;

/**
 * What a shell command may act on: the database, the Java evaluator, the output, and the
 * loop's own state (asking it to end).
 */
public final class Shell {

    private final Db db;
    private final JavaEvaluator evaluator;
    private final Output output;
    private final CommandRegistry commands;
    private final ValueRenderer renderer = new ValueRenderer(100);
    private boolean exitRequested;

    Shell(Db db, JavaEvaluator evaluator, Output output, CommandRegistry commands) {
        this.db = db;
        this.evaluator = evaluator;
        this.output = output;
        this.commands = commands;
    }

    public Db db() {
        return db;
    }

    public JavaEvaluator evaluator() {
        return evaluator;
    }

    public Output output() {
        return output;
    }

    public List<ShellCommand> commands() {
        return commands.all();
    }

    public ValueRenderer renderer() {
        return renderer;
    }

    public void requestExit() {
        exitRequested = true;
    }

    boolean exitRequested() {
        return exitRequested;
    }
}
