package dev.ormshell.repl;

import dev.ormshell.orm.Database;
import dev.ormshell.orm.Db;
import dev.ormshell.orm.MissingTable;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The steps that make a shell ready: an evaluator with the context preloaded, and the banner. */
public final class ShellStartup {

    private ShellStartup() {
    }

    /** A JShell with the imports compiled; safe to run before the database is open. */
    public static JavaEvaluator newEvaluator() {
        JavaEvaluator evaluator = new JavaEvaluator();
        evaluator.preload(ShellContext.imports());
        return evaluator;
    }

    /** The words after a script's name, which its snippets see as {@code args}; call before {@link #defineContext}. */
    public static void useScriptArguments(List<String> words) {
        ShellContext.useArguments(words);
    }

    /** Makes the database the one {@code Role.query} and friends run on. */
    public static Db install(Database database) {
        Db db = new Db(database);
        Db.use(db);
        return db;
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
        List<String> missing = database.missingTables();
        String hint = missing.isEmpty() ? "" : "\nThe database has no table " + String.join(", ", missing)
                + " yet: " + MissingTable.remedy(missing.size() > 1) + ".";
        String readOnly = database.readOnlyReason() == null ? "" : ", read-only: " + database.readOnlyReason();
        return "ORM Shell on " + database.url() + " (" + database.dialect().getClass().getSimpleName()
                .replace("Dialect", "") + readOnly + ")\n"
                + "Preloaded: " + ShellContext.describe(database.sessionFactory()) + "\n"
                + "Type Java (Tab completes, Shift-Tab shows signatures), /help for commands, /exit or Ctrl-D to leave."
                + hint;
    }
}
