package dev.ormshell.repl;

import dev.ormshell.orm.ShellDatabaseException;
import dev.ormshell.render.RawText;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Evaluates Java through the JDK's JShell, in this JVM, so snippets share the live Hibernate
 * objects. Turns JShell's events into {@link Outcome}s: the object a bare expression produced,
 * or one line of error with its position.
 */
public final class JavaEvaluator implements AutoCloseable {

    private final JShell jshell;
    private final CapturingExecutionControl.Provider provider = new CapturingExecutionControl.Provider();
    // Where each variable's value lives: JShell keeps it in a static field of its wrapper class.
    private final Map<String, Class<?>> variableHomes = new HashMap<>();
    // The snippets of the preamble: /reset keeps these and drops the user's.
    private final java.util.Set<String> preloaded = new java.util.HashSet<>();
    private volatile Runnable extraInterrupt;
    private volatile boolean evaluating;
    private volatile boolean stopRequested;
    // Whether the snippet running now (or last) was stopped by force, wherever it was.
    private volatile boolean stoppedHard;
    // Counts snippets run, so a delayed stop cannot hit a later snippet than the one it was for.
    private volatile long evaluations;
    // How long a snippet whose statement Ctrl-C cancelled gets to end by itself (see interrupt()).
    static final long STOP_GRACE_MILLIS = 1500;

    public JavaEvaluator() {
        jshell = JShell.builder().executionEngine(provider, Map.of()).build();
        jshell.addToClasspath(System.getProperty("java.class.path"));
    }

    /**
     * Makes the model's classes those of the snippets: they are compiled against its class path
     * and loaded from its loader. Call before any snippet names a class of the model.
     */
    public void useModel(ClassLoader loader, List<java.nio.file.Path> classpath) {
        provider.control().loading().useModelLoader(loader);
        if (!classpath.isEmpty()) {
            jshell.addToClasspath(String.join(java.io.File.pathSeparator, classpath.stream().map(Object::toString).toList()));
        }
    }

    /** The imports in force, as {@code import} lines name them ("java.util.*", "org.example.Owner"). */
    public List<String> imports() {
        return jshell.imports().filter(i -> jshell.status(i).isActive()).map(jdk.jshell.ImportSnippet::fullname).toList();
    }

    /** Runs the lines that every shell starts with; fails loudly, since the shell is useless without them. */
    void preload(String preamble) {
        for (Outcome outcome : evaluate(preamble)) {
            if (outcome.failed()) {
                throw new IllegalStateException("the shell's preamble failed: " + outcome.message());
            }
        }
        jshell.snippets().forEach(snippet -> preloaded.add(snippet.id()));
    }

    /** /reset: forgets every variable, method and class the user defined; the preloaded context stays. */
    public void reset() {
        jshell.snippets().filter(snippet -> !preloaded.contains(snippet.id())).toList().forEach(jshell::drop);
        variableHomes.keySet().retainAll(jshell.variables().filter(v -> preloaded.contains(v.id()))
                .map(VarSnippet::name).toList());
    }

    /**
     * The signatures (and Javadoc, where the JDK has it) of what the code at the cursor calls or
     * names, for Shift-Tab and /doc; empty when there is nothing there.
     */
    public List<String> documentation(String code, int cursor) {
        return jshell.sourceCodeAnalysis().documentation(code, cursor, true).stream()
                .map(doc -> doc.javadoc() == null || doc.javadoc().isBlank()
                        ? doc.signature() : doc.signature() + "\n" + doc.javadoc().strip().indent(2).stripTrailing())
                .distinct()
                .toList();
    }

    /** Whether the source is a whole statement yet, or the user is still typing it. */
    public boolean isComplete(String source) {
        SourceCodeAnalysis.CompletionInfo info = jshell.sourceCodeAnalysis().analyzeCompletion(source);
        return switch (info.completeness()) {
            case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> false;
            default -> info.remaining().isBlank() || isComplete(info.remaining());
        };
    }

    public SourceCodeAnalysis analysis() {
        return jshell.sourceCodeAnalysis();
    }

    /**
     * Evaluates every snippet in the source, in order, stopping at the first error. Error lines
     * count from 1 at the start of the source.
     */
    public List<Outcome> evaluate(String source) {
        List<Outcome> outcomes = new ArrayList<>();
        String rest = source;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = jshell.sourceCodeAnalysis().analyzeCompletion(rest);
            int offset = source.length() - rest.length();
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            String snippet = info.completeness() == Completeness.DEFINITELY_INCOMPLETE
                    || info.completeness() == Completeness.CONSIDERED_INCOMPLETE ? rest : info.source();
            Outcome outcome = evaluateOne(snippet, lineOf(source, offset + leadingBlank(rest)));
            outcomes.add(outcome);
            if (outcome.failed() || snippet == rest) {
                break;
            }
            rest = info.remaining();
        }
        return outcomes;
    }

    private Outcome evaluateOne(String snippetSource, int firstLine) {
        List<SnippetEvent> events;
        stopRequested = false;
        stoppedHard = false;
        evaluations++;
        evaluating = true;
        try {
            events = jshell.eval(snippetSource);
        } finally {
            evaluating = false;
        }
        // A Ctrl-C that came too late to change anything (the snippet ended well) is no failure.
        if (stoppedHard || stopRequested && events.stream().anyMatch(event -> event.exception() != null)) {
            return Outcome.error("stopped (Ctrl-C); the variables defined before are still there", firstLine);
        }
        Outcome result = Outcome.NOTHING;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue;
            }
            Snippet snippet = event.snippet();
            if (event.status() == Snippet.Status.REJECTED) {
                return compileError(snippet, snippetSource, firstLine);
            }
            if (event.exception() != null) {
                return Outcome.error(describe(event.exception()), firstLine);
            }
            if (event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED
                    || event.status() == Snippet.Status.RECOVERABLE_DEFINED) {
                String unresolved = String.join(", ", jshell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) snippet).toList());
                return Outcome.error("cannot find symbol: " + unresolved, firstLine);
            }
            result = valueOf(snippet, event);
        }
        return result;
    }

    private Outcome valueOf(Snippet snippet, SnippetEvent event) {
        CapturingExecutionControl control = provider.control();
        if (snippet instanceof VarSnippet variable) {
            variableHomes.put(variable.name(), control.lastWrapper());
            if (snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                return Outcome.value(read(variable.name(), event));
            }
            return Outcome.NOTHING;
        }
        if (snippet instanceof ExpressionSnippet expression
                && snippet.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND) {
            return Outcome.value(read(expression.name(), event));
        }
        if (snippet.subKind() == Snippet.SubKind.OTHER_EXPRESSION_SUBKIND && event.value() != null
                && !event.value().isEmpty()) {
            return Outcome.value(control.lastValue());
        }
        return Outcome.NOTHING;
    }

    /** The live object held by a variable; JShell's own text of it if the field cannot be read. */
    private Object read(String name, SnippetEvent event) {
        return read(name, () -> new RawText(String.valueOf(event.value())));
    }

    private Object read(String name, java.util.function.Supplier<Object> otherwise) {
        Class<?> home = variableHomes.get(name);
        if (home != null) {
            try {
                Field field = home.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(null);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // Fall through to JShell's rendering.
            }
        }
        return otherwise.get();
    }

    private Outcome compileError(Snippet snippet, String source, int firstLine) {
        List<Diag> diags = jshell.diagnostics(snippet).filter(Diag::isError).toList();
        if (diags.isEmpty()) {
            return Outcome.error("the snippet was rejected: " + snippet.source().strip(), firstLine);
        }
        Diag diag = diags.get(0);
        if (diag.getCode().contains("premature.eof")) {
            // The end of the input is not where the mistake is: point at the statement left open.
            return Outcome.error("unfinished statement: the input ended before it was complete (a missing ) } or ;?)", firstLine);
        }
        int position = (int) Math.max(0, Math.min(diag.getStartPosition(), source.length()));
        int line = lineOf(source, position);
        int column = position - source.lastIndexOf('\n', position - 1);
        // javac's lines ("…given types;", "required: …", "symbol:   variable t0") as one line.
        String message = String.join("; ", diag.getMessage(Locale.ROOT).lines()
                .map(l -> l.strip().replaceAll("\\s+", " ").replaceAll(";$", ""))
                .filter(l -> !l.isEmpty() && !l.startsWith("location:")).toList());
        return Outcome.error(message + " (column " + column + ")", firstLine + line - 1);
    }

    /** One line for an exception a snippet threw: ours speak for themselves; others get their class. */
    private static String describe(JShellException exception) {
        if (exception instanceof UnresolvedReferenceException unresolved) {
            return "cannot run " + unresolved.getSnippet().source().strip() + ": it uses something not defined yet";
        }
        EvalException eval = (EvalException) exception;
        if (isShellError(eval.getExceptionClassName())) {
            return eval.getMessage();
        }
        Throwable deepest = eval;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String name = simpleName(eval.getExceptionClassName());
        String message = eval.getMessage();
        if (deepest != eval) {
            String deeper = deepest instanceof EvalException e ? e.getMessage() : deepest.getMessage();
            if (deeper != null && !deeper.equals(message)) {
                message = deeper;
            }
        }
        // JShell's wrapper classes are no name the user wrote: "REPL.$JShell$21.s" is just "s".
        return message == null ? name : name + ": " + dev.ormshell.orm.ErrorMessages.oneLine(
                message.replaceAll("REPL\\.\\$JShell\\$\\d+[A-Z]?\\.", ""));
    }

    private static boolean isShellError(String className) {
        try {
            return ShellDatabaseException.class.isAssignableFrom(Class.forName(className));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int leadingBlank(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Ctrl-C: cancels the SQL statement running now, if any, and stops the snippet.
     *
     * <p>Stopping a snippet throws ThreadDeath into its thread wherever it happens to be. If that
     * is inside the JDBC driver, the driver's own bookkeeping can be left half-updated: once, in
     * CI, a cancelled SQLite query was being finalised when the stop arrived, and the connection
     * then refused every new statement ("Already added pointer to statements set"). So when a
     * statement was running, cancelling it is enough: the driver fails it, the snippet ends on
     * that exception, and everything in between unwinds normally. Only a snippet still running
     * {@link #STOP_GRACE_MILLIS} later (one that caught the error and went on), or a second
     * Ctrl-C, is stopped.
     */
    public void interrupt() {
        boolean firstPress = !stopRequested;
        stopRequested = evaluating;
        Runnable extra = extraInterrupt;
        if (extra != null) {
            extra.run();
        }
        if (firstPress && cancelRunningStatement()) {
            long evaluation = evaluations;
            Thread later = new Thread(() -> stopLater(evaluation), "ctrl-c stop");
            later.setDaemon(true);
            later.start();
        } else {
            stopNow();
        }
    }

    private void stopLater(long evaluation) {
        try {
            Thread.sleep(STOP_GRACE_MILLIS);
        } catch (InterruptedException e) {
            return;
        }
        if (evaluating && evaluations == evaluation) {
            stopNow();
        }
    }

    // The stop first, then the cancel: a thread waiting in the driver's native code takes the
    // ThreadDeath the moment the cancelled call returns, before the driver acts on the failure.
    private void stopNow() {
        if (evaluating) {
            stoppedHard = true;
        }
        jshell.stop(); // the shell and its variables live on
        cancelRunningStatement();
    }

    /**
     * Whether the last snippet was stopped by force (Ctrl-C that cancelling its statement did not
     * end): it may have been anywhere, in the middle of a flush too.
     */
    public boolean stoppedHard() {
        return stoppedHard;
    }

    private static boolean cancelRunningStatement() {
        dev.ormshell.orm.Db db = ShellContext.openedDb();
        return db != null && db.database().dataSource().cancelRunning();
    }

    /** Something Ctrl-C should also do while a command runs (cancel the statement whose rows it reads). */
    public Registration onInterrupt(Runnable action) {
        extraInterrupt = action;
        return () -> extraInterrupt = null;
    }

    /** Ends what {@link #onInterrupt} set up. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** The variables the user has defined, as "Type name = value" lines. */
    public List<String> variables(java.util.function.Function<Object, String> render) {
        return jshell.variables()
                .filter(v -> jshell.status(v).isActive())
                .map(v -> v.typeName() + " " + v.name() + " = " + valueText(v, render))
                .toList();
    }

    // The live value as the shell prints it (JShell's varValue would call toString() itself, which may fail).
    private String valueText(VarSnippet variable, java.util.function.Function<Object, String> render) {
        return render.apply(read(variable.name(), () -> new RawText(jshell.varValue(variable))));
    }

    @Override
    public void close() {
        jshell.close();
    }
}
