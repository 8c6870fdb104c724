package dev.ormshell.repl;

import dev.ormshell.orm.Db;
import dev.ormshell.orm.EntityText;
import dev.ormshell.render.OutputFormat;
import dev.ormshell.render.Rows;
import dev.ormshell.render.TableFormat;
import dev.ormshell.render.ValueRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * What a shell command may act on: the database, the Java evaluator, the output, and the
 * loop's own state (timing, what was typed, running a script, asking it to end).
 */
public final class Shell {

    /** How many items or rows are shown before "… N more". */
    public static final int SHOWN_ITEMS = 100;

    private final Db db;
    private final JavaEvaluator evaluator;
    private final Output output;
    private final CommandRegistry commands;
    private final EntityText entityText;
    private final ValueRenderer renderer;
    private final List<String> transcript = new ArrayList<>();
    private final SchemaReader schema;
    private IntSupplier width = () -> Integer.MAX_VALUE;
    private Function<Path, Outcome> scriptRunner = path -> Outcome.error("scripts cannot be opened here");
    private boolean timing;
    private boolean exitRequested;

    Shell(Db db, JavaEvaluator evaluator, Output output, CommandRegistry commands) {
        this.db = db;
        this.evaluator = evaluator;
        this.output = output;
        this.commands = commands;
        this.schema = new SchemaReader(db.session);
        this.entityText = new EntityText(db.sessionFactory());
        this.renderer = new ValueRenderer(SHOWN_ITEMS, entityText::of);
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

    /** The command a name (or unique prefix) means. */
    public java.util.Optional<ShellCommand> commandNamed(String name) {
        return commands.find(name);
    }

    public ValueRenderer renderer() {
        return renderer;
    }

    /** The tables and columns of the database, read through the session's connection. */
    public SchemaReader schema() {
        return schema;
    }

    /** Prints rows as a table as wide as the terminal (unlimited when not a terminal). */
    public void printRows(Rows rows) {
        OutputFormat format = new TableFormat(output.colour());
        output.println(format.format(rows, width.getAsInt()));
    }

    /** A value (a list of entities, query rows, maps …) as rows for {@link #printRows}. */
    public Rows rowsOf(Object value) {
        return rowsOf(value, List.of());
    }

    /** The same, naming the columns of tuples that have no alias. */
    public Rows rowsOf(Object value, List<String> columnNames) {
        return TableRows.of(value, db.sessionFactory(), entityText, SHOWN_ITEMS, columnNames);
    }

    void setWidth(IntSupplier width) {
        this.width = width;
    }

    public boolean timing() {
        return timing;
    }

    public void setTiming(boolean on) {
        timing = on;
    }

    /** Runs a script file through the loop, as if typed; errors name the file and line. */
    public Outcome runScript(Path file) {
        return scriptRunner.apply(file);
    }

    void setScriptRunner(Function<Path, Outcome> runner) {
        scriptRunner = runner;
    }

    /** What was typed this session and ran without error, oldest first (for /save). */
    public List<String> transcript() {
        return List.copyOf(transcript);
    }

    void remember(String unit) {
        transcript.add(unit.strip());
    }

    public void forgetTranscript() {
        transcript.clear();
    }

    public void requestExit() {
        exitRequested = true;
    }

    boolean exitRequested() {
        return exitRequested;
    }

    void cancelExit() {
        exitRequested = false;
    }
}
