package dev.ormshell.repl;

import dev.ormshell.orm.Database;
import dev.ormshell.orm.Db;
import dev.ormshell.orm.Model;
import dev.ormshell.orm.UnitOfWork;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entity classes typed at the prompt ({@code @Entity class Post { … }}). JShell compiles a class
 * as a nested class of a wrapper ({@code REPL.$JShell$12$Post}), which Hibernate would name
 * {@code $JShell$12$Post}: the snippet is given its plain name as the entity's name, so its
 * table is named as a file's entity would be. After each input that declared or redefined one,
 * the model is mapped again with them (the files' model stays what {@code db migrate} compares).
 */
final class TypedEntities implements InputListener {

    // "@Entity class Post", "@Entity public class Post", with other annotations around; not "@Entity(name = …)".
    private static final Pattern UNNAMED_ENTITY = Pattern.compile(
            "^((?:\\s*@[\\w.]+(?:\\([^)]*\\))?)*\\s*)@(?:jakarta\\.persistence\\.)?Entity(?!\\s*\\()"
                    + "(?=(?:\\s+@[\\w.]+(?:\\([^)]*\\))?)*\\s+(?:(?:public|final|abstract|static)\\s+)*class\\s+(\\w+))");

    private final Shell shell;
    // The typed classes of the current mapping, and whether the wait for a commit was already told.
    private List<Class<?>> mapped = List.of();
    private boolean toldToWait;

    TypedEntities(Shell shell) {
        this.shell = shell;
    }

    /** The snippet with {@code @Entity} given the class's own name, or as it was. */
    static String named(String snippet) {
        Matcher matcher = UNNAMED_ENTITY.matcher(snippet);
        if (!matcher.find()) {
            return snippet;
        }
        return snippet.substring(0, matcher.end()) + "(name = \"" + matcher.group(2) + "\")" + snippet.substring(matcher.end());
    }

    @Override
    public void afterInput(InputResult result) {
        if (!result.nested()) {
            refresh(true);
        }
    }

    /** The mapping holds none of them now (a fresh one after /reload). */
    void forget() {
        mapped = List.of();
        toldToWait = false;
    }

    /** The names of the entities typed at the prompt that the mapping holds. */
    List<String> names() {
        return mapped.stream().map(Class::getSimpleName).toList();
    }

    /**
     * Maps the model again if the typed entities changed; waits while the session has changes to
     * commit. {@code announce}: say so (not while /reload replays the session, which says it once).
     */
    void refresh(boolean announce) {
        List<Class<?>> typed = shell.evaluator().typedClasses().stream()
                .filter(type -> type.isAnnotationPresent(Entity.class)).toList();
        if (sameClasses(typed, mapped)) {
            return;
        }
        if (shell.db().session.hasUncommittedChanges()) {
            if (announce && !toldToWait) {
                shell.output().notice("The mapping takes in " + names(typed)
                        + " once this session's changes are committed or rolled back.");
                toldToWait = true;
            }
            return;
        }
        remap(typed, announce);
    }

    private void remap(List<Class<?>> typed, boolean announce) {
        Database files = shell.modelDatabase();
        Model model = files.model();
        List<Class<?>> classes = new ArrayList<>(model.classes());
        classes.addAll(typed);
        Database live;
        try {
            live = typed.isEmpty() ? files : files.remap(new Model(model.name(), shell.evaluator().snippetLoader(), classes,
                    model.settings(), model.mappingResources()));
        } catch (RuntimeException e) {
            shell.output().error("error: " + e.getMessage());
            mapped = typed; // not tried again until the classes change
            return;
        }
        Database previous = shell.db().database();
        shell.db().session.close();
        UnitOfWork work = new UnitOfWork(live);
        Db db = ShellStartup.install(live, work);
        ShellContext.use(CompletableFuture.completedFuture(db));
        shell.evaluator().assign("db", db);
        shell.evaluator().assign("sessionFactory", db.sessionFactory());
        shell.useDatabase(db, work);
        if (previous != files) {
            previous.closeMapping();
        }
        if (announce) {
            shell.output().notice(typed.isEmpty() ? "The mapping is back to the model's own entities."
                : "Mapped " + names(typed) + " (typed at the prompt) beside the model's entities: a new SessionFactory.");
        }
        mapped = typed;
        toldToWait = false;
    }

    private static String names(List<Class<?>> typed) {
        return String.join(", ", typed.stream().map(Class::getSimpleName).toList());
    }

    private static boolean sameClasses(List<Class<?>> a, List<Class<?>> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
