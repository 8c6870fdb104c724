package dev.ormshell.repl;

import dev.ormshell.orm.Db;
import dev.ormshell.render.Rows;
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

    /** How many items of a collection value are shown before "… N more". */
    public static final int SHOWN_ITEMS = 100;

    private final Db db;
    private final JavaEvaluator evaluator;
    private final Output output;
    private final CommandRegistry commands;
    private final ValueRenderer renderer = new ValueRenderer(SHOWN_ITEMS);
    private final List<String> transcript = new ArrayList<>();
    private final SchemaReader schema;
    private final Results results;
    private final List<InputObserver> observers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Function<Path, Outcome> scriptRunner = path -> Outcome.error("scripts cannot be opened here");
    private Function<String, String> questions = question -> null;
    private boolean timing;
    private boolean exitRequested;

    Shell(Db db, JavaEvaluator evaluator, Output output, CommandRegistry commands) {
        this.db = db;
        this.evaluator = evaluator;
        this.output = output;
        this.commands = commands;
        this.schema = new SchemaReader(db.session);
        this.results = new Results(output);
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

    /** Prints rows in the current format (a table at first) as wide as the terminal. */
    public void printRows(Rows rows) {
        results.print(rows);
    }

    /** The format and row limit of results, and writing them to a file. */
    public Results results() {
        return results;
    }

    /** A value (a list of entities, query rows, maps …) as rows for {@link #printRows}. */
    public Rows rowsOf(Object value) {
        return rowsOf(value, List.of());
    }

    /** The same, naming the columns of tuples that have no alias. */
    public Rows rowsOf(Object value, List<String> columnNames) {
        return rowsOf(value, columnNames, results.limit());
    }

    /** At most {@code limit} rows of the value, turned into rows as they are read. */
    public Rows rowsOf(Object value, List<String> columnNames, int limit) {
        return TableRows.of(value, db.sessionFactory(), limit, columnNames);
    }

    void setWidth(IntSupplier width) {
        results.setWidth(width);
    }

    /** Tells the observer when each input starts and ends, until {@link #unobserve}. */
    public void observe(InputObserver observer) {
        observers.add(observer);
    }

    public void unobserve(InputObserver observer) {
        observers.remove(observer);
    }

    void inputStarted(String input) {
        observers.forEach(o -> o.started(input));
    }

    void inputEnded(String input, Outcome outcome) {
        observers.forEach(o -> o.ended(input, outcome));
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

    /** Asks the user through the shell's input (see {@link Input#ask}): null when a script has nobody to answer. */
    public String ask(String question) {
        return questions.apply(question);
    }

    void setQuestions(Function<String, String> asker) {
        questions = asker;
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
