package dev.ormshell.repl;

import dev.ormshell.orm.Db;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * What the shell preloads into the user's snippets, as {@code make_shell_context} does: the
 * snippets run in this JVM, so they read the live objects from here. Only snippets reach the
 * database through these statics; the shell's own classes are given it.
 */
public final class ShellContext {

    // The context variables are compiled while the database opens; their initialisers wait for it.
    private static volatile CompletableFuture<Db> database = new CompletableFuture<>();
    // The words after a script's name (./shell.sh run exp.jsh 1000 fast); none in the interactive shell.
    private static volatile List<String> arguments = List.of();

    private ShellContext() {
    }

    /** The database the snippets' {@code db} will be, once it is open (or the error if it fails to open). */
    static void use(CompletableFuture<Db> opening) {
        database = opening;
    }

    static void useArguments(List<String> words) {
        arguments = List.copyOf(words);
    }

    /** The script's arguments, the snippets' {@code args}. */
    public static List<String> args() {
        return arguments;
    }

    /** The shell's database, waiting for it to finish opening. */
    public static Db db() {
        return database.join();
    }

    public static SessionFactory sessionFactory() {
        return db().sessionFactory();
    }

    /**
     * A Session that always forwards to the current Hibernate Session of {@code db.session}, so the
     * {@code session} variable stays valid after a failed commit replaces the real one.
     */
    public static Session session() {
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("toString") && method.getParameterCount() == 0) {
                        return "<Session of " + db() + ">";
                    }
                    try {
                        return method.invoke(db().session.hibernate(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The imports every shell starts with. */
    static String imports() {
        return String.join("\n",
                "import java.util.*;",
                "import java.util.stream.*;",
                "import jakarta.persistence.*;",
                "import org.hibernate.Session;",
                "import org.hibernate.SessionFactory;",
                "import dev.ormshell.orm.*;");
    }

    /** What the import lines of a source import ("java.util.*", "org.hibernate.Session"). */
    static List<String> importNames(String source) {
        return source.lines().map(String::strip).filter(l -> l.startsWith("import ") && l.endsWith(";"))
                .map(l -> l.substring("import ".length(), l.length() - 1).strip()).toList();
    }

    /** The context variables, defined once the database is open (qualified: a model may have a Session entity). */
    static String variables() {
        return String.join("\n",
                "dev.ormshell.orm.Db db = dev.ormshell.repl.ShellContext.db();",
                "org.hibernate.Session session = dev.ormshell.repl.ShellContext.session();",
                "org.hibernate.SessionFactory sessionFactory = dev.ormshell.repl.ShellContext.sessionFactory();",
                "java.util.List<String> args = dev.ormshell.repl.ShellContext.args();");
    }

    /** The model's entities (every @Entity of the model package, so a new one shows up too). */
    public static String entityNames(SessionFactory factory) {
        return String.join(", ", factory.getMetamodel().getEntities().stream()
                .map(jakarta.persistence.metamodel.EntityType::getName).sorted().toList());
    }

    /** The names the preamble defines and the packages it imports, for the banner and /context. */
    public static String describe(SessionFactory factory, List<String> imports) {
        List<String> packages = imports.stream().filter(i -> i.endsWith(".*")).distinct().toList();
        return "db, db.session, session, sessionFactory, " + entityNames(factory) + ", args (imports: " + String.join(", ", packages) + ")";
    }
}
