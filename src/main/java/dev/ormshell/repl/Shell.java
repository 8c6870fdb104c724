package dev.ormshell.repl;

import dev.ormshell.orm.Db;
import dev.ormshell.orm.EntityText;
import dev.ormshell.orm.UnitOfWork;
import dev.ormshell.render.Rows;
import dev.ormshell.render.ValueRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * What a shell command may act on: the database and the unit of work its session is in, the
 * Java evaluator and Ctrl-C, the output, what happens around each input, and the loop's own
 * state (timing, what was typed, running a script, asking it to end).
 */
public final class Shell {

    /** How many items of a collection value are shown before "… N more". */
    public static final int SHOWN_ITEMS = 100;

    // Replaced when /reload maps the rebuilt model, or entities typed at the prompt join it (see useDatabase).
    private Db db;
    // The mapping of the model's own classes, without typed entities: what /db migrate compares.
    private dev.ormshell.orm.Database modelDatabase;
    private final TypedEntities typedEntities = new TypedEntities(this);
    private UnitOfWork work;
    private final JavaEvaluator evaluator;
    private final Interrupts interrupts;
    private final Output output;
    private final CommandRegistry commands;
    private final InputGuard inputs;
    private EntityText entityText;
    private ValueRenderer renderer;
    private final ReplayScript replay = new ReplayScript();
    private SchemaReader schema;
    private final Results results;
    private final InputInsight insight;
    private Function<Path, Outcome> scriptRunner = path -> Outcome.error("scripts cannot be opened here");
    private Function<String, String> questions = question -> null;
    private java.util.function.Supplier<RebuiltModel> modelBuilder = () -> {
        throw new IllegalStateException("this shell's model cannot be built again");
    };
    private boolean timing;
    private boolean exitRequested;
    // The user's context file (null: none) and the names it declared, for /context and /reload.
    private ContextFile contextFile;
    private List<String> contextNames = List.of();

    public Shell(Db db, UnitOfWork work, JavaEvaluator evaluator, Interrupts interrupts, Output output,
                 CommandRegistry commands) {
        this.db = db;
        this.work = work;
        this.evaluator = evaluator;
        this.interrupts = interrupts;
        this.output = output;
        this.commands = commands;
        this.inputs = new InputGuard(db.session, work, interrupts, output);
        this.results = new Results(output);
        this.modelDatabase = db.database();
        mapWith(db, work);
        inputs.listen(replay);
        inputs.listen(typedEntities);
        this.insight = new InputInsight(db, output);
        inputs.listen(insight);
    }

    private void mapWith(Db mapped, UnitOfWork unitOfWork) {
        schema = new SchemaReader(unitOfWork, ModelNamespaces.of(mapped.database().metadata()));
        entityText = new EntityText(mapped.sessionFactory());
        renderer = new ValueRenderer(SHOWN_ITEMS, entityText::of);
    }

    /** Works from now on with the database as /reload mapped it again, and its unit of work. */
    void useDatabase(Db mapped, UnitOfWork unitOfWork) {
        db = mapped;
        work = unitOfWork;
        inputs.use(mapped.session, unitOfWork);
        insight.use(mapped);
        mapWith(mapped, unitOfWork);
    }

    /** The mapping of the model's own classes (no entity typed at the prompt): what /db compares and migrates. */
    public dev.ormshell.orm.Database modelDatabase() {
        return modelDatabase;
    }

    /** The entities typed at the prompt that the mapping holds ("Post"). */
    public List<String> typedEntityNames() {
        return typedEntities.names();
    }

    /** /reload mapped the rebuilt model: the typed entities are mapped again once their snippets are replayed. */
    void useModelDatabase(dev.ormshell.orm.Database files) {
        modelDatabase = files;
        typedEntities.forget();
    }

    TypedEntities typedEntities() {
        return typedEntities;
    }

    /** Closes the mappings and the pool, as the shell ends. */
    public void closeDatabase() {
        if (modelDatabase != db.database()) {
            modelDatabase.closeMapping();
        }
        db.database().close();
    }

    /** How /reload builds the model again from its sources (set by whoever knows where the model comes from). */
    public void setModelBuilder(java.util.function.Supplier<RebuiltModel> builder) {
        modelBuilder = builder;
    }

    RebuiltModel rebuildModel() {
        return modelBuilder.get();
    }

    /** /reload: the model built again, mapped on the same database, the session replayed on it. */
    public Outcome reload() {
        return new ModelReload(this, replay).run();
    }

    public Db db() {
        return db;
    }

    /** What {@code db.session} works in: its connection, transaction and sandbox, for the shell's own commands. */
    public UnitOfWork unitOfWork() {
        return work;
    }

    public JavaEvaluator evaluator() {
        return evaluator;
    }

    /** Evaluates Java as typed at the prompt: Ctrl-C can cancel or stop it. */
    public List<Outcome> evaluate(String source) {
        return evaluator.evaluate(source, interrupts);
    }

    /** What Ctrl-C does; a command that runs a statement of its own registers its cancel here. */
    public Interrupts interrupts() {
        return interrupts;
    }

    /** What happens around each input; listeners (figures, transcripts) register here. */
    public InputGuard inputs() {
        return inputs;
    }

    public Output output() {
        return output;
    }

    public List<ShellCommand> commands() {
        return commands.all();
    }

    /** Runs one command line such as {@code /schema users}. */
    Outcome runCommand(String line) {
        return commands.run(line, this);
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
        return TableRows.of(value, db.sessionFactory(), entityText, limit, columnNames);
    }

    void setWidth(IntSupplier width) {
        results.setWidth(width);
    }

    /** The statement counts and N+1 warnings shown after each input. */
    public InputInsight insight() {
        return insight;
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

    /** What was typed this session and took effect, oldest first: a script that replays it (for /save). */
    public List<String> transcript() {
        return replay.inputs();
    }

    public void forgetTranscript() {
        replay.clear();
    }

    void useContextFile(ContextFile file, List<String> names) {
        contextFile = file;
        contextNames = List.copyOf(names);
    }

    /** The context file this shell ran, or null. */
    public ContextFile contextFile() {
        return contextFile;
    }

    /** The names the context file declared ("admin", "recentUsers()"). */
    public List<String> contextNames() {
        return contextNames;
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
