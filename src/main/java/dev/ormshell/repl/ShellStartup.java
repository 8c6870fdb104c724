package dev.ormshell.repl;

import dev.ormshell.orm.Database;
import dev.ormshell.orm.Db;

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

    /** Makes the database the snippets' {@code db} and defines the context variables. */
    public static Db preload(JavaEvaluator evaluator, Database database) {
        Db db = new Db(database);
        ShellContext.install(db);
        evaluator.preload(ShellContext.variables());
        return db;
    }

    public static String banner(Database database) {
        return "ORM Shell on " + database.url() + " (" + database.dialect().getClass().getSimpleName()
                .replace("Dialect", "") + ")\n"
                + "Preloaded: " + ShellContext.describe() + "\n"
                + "Type Java (Tab completes, Shift-Tab shows signatures), /help for commands, /exit or Ctrl-D to leave.";
    }
}
