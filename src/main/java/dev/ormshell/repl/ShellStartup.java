package dev.ormshell.repl;

import dev.ormshell.orm.Database;
import dev.ormshell.orm.Db;
import dev.ormshell.orm.MissingTable;
import dev.ormshell.orm.UnitOfWork;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The steps that make a shell ready: an evaluator with the context preloaded, and the banner. */
public final class ShellStartup {

    /** What makes the built-in model's Role and User usable by name. */
    public static final String BUILT_IN_IMPORTS = "import dev.ormshell.model.*;";

    private ShellStartup() {
    }

    /** A JShell with the imports of the shell and of the built-in model compiled; safe to run before the database is open. */
    public static JavaEvaluator newEvaluator() {
        JavaEvaluator evaluator = newEvaluatorForAnyModel();
        evaluator.preload(BUILT_IN_IMPORTS);
        return evaluator;
    }

    /** A JShell with the shell's own imports compiled, before the model is known: {@link #useModel} adds its own. */
    public static JavaEvaluator newEvaluatorForAnyModel() {
        JavaEvaluator evaluator = new JavaEvaluator();
        evaluator.preload(ShellContext.imports());
        return evaluator;
    }

    /**
     * Gives the evaluator the model: its class loader, its class path to compile against, and
     * the imports that name its classes (binary names), after the shell's own.
     */
    public static void useModel(JavaEvaluator evaluator, ClassLoader loader, List<Path> classpath, List<String> classNames) {
        evaluator.useModel(loader, classpath);
        evaluator.preload(modelImports(classNames).source());
    }

    /**
     * The imports of a model's classes beside the shell's; their notes tell of names to qualify.
     * A project's User is imported by name, so that a script's {@code import dev.ormshell.model.*}
     * (written for the built-in model) cannot make it ambiguous.
     */
    public static ModelImports modelImports(List<String> classNames) {
        return ModelImports.of(classNames, ShellContext.importNames(ShellContext.imports() + "\n" + BUILT_IN_IMPORTS));
    }

    /** The words after a script's name, which its snippets see as {@code args}; call before {@link #defineContext}. */
    public static void useScriptArguments(List<String> words) {
        ShellContext.useArguments(words);
    }

    /** Makes the database the one {@code Role.query} and friends run on; its session works in {@code work}. */
    public static Db install(Database database, UnitOfWork work) {
        Db db = new Db(database, work);
        Db.use(db);
        return db;
    }

    /** What Ctrl-C stops and cancels: this evaluator's snippets, this database's statements. */
    public static Interrupts interrupts(JavaEvaluator evaluator, Database database) {
        return new Interrupts(evaluator::stop, database.dataSource()::cancelRunning);
    }

    /**
     * Defines the context variables, possibly before the database is open: JShell compiles them
     * at once, while Hibernate boots on the other core, and their initialisers wait for
     * {@code opening}. That takes their 60-110 ms of compiling off the path to the prompt
     * (measured with ORMSHELL_STARTUP_TRACE). If the database fails to open, complete
     * {@code opening} with the error.
     */
    public static void defineContext(JavaEvaluator evaluator, CompletableFuture<Db> opening) {
        ShellContext.use(opening);
        evaluator.preload(ShellContext.variables());
    }

    public static String banner(Database database) {
        return banner(database, null, List.of(), ShellContext.importNames(ShellContext.imports() + "\n" + BUILT_IN_IMPORTS), null);
    }

    /**
     * The banner: the database and where its URL came from (null: nothing to say), the lines the
     * model has to say (its settings, Hibernate's version, names to qualify), what is preloaded,
     * and what the context file added (null: no context file).
     */
    public static String banner(Database database, String urlOrigin, List<String> modelNotes, List<String> imports,
                                ContextFile.Loaded context) {
        List<String> missing = database.missingTables();
        String hint = missing.isEmpty() ? "" : "\nThe database has no table " + String.join(", ", missing)
                + " yet: " + MissingTable.remedy(missing.size() > 1) + ".";
        String readOnly = database.readOnlyReason() == null ? "" : ", read-only: " + database.readOnlyReason();
        String notes = modelNotes.isEmpty() ? "" : String.join("\n", modelNotes) + "\n";
        return "ORM Shell on " + database.url() + " (" + database.productName() + readOnly + ")"
                + (urlOrigin == null ? "" : ", from " + urlOrigin) + "\n"
                + notes
                + "Preloaded: " + ShellContext.describe(database.sessionFactory(), imports) + "\n"
                + (context == null ? "" : context.bannerLine() + "\n")
                + "Type Java (Tab completes, Shift-Tab shows signatures), /help for commands, /exit or Ctrl-D to leave."
                + hint;
    }
}
