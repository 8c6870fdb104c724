package dev.ormshell.repl;

import dev.ormshell.render.RawText;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jshell.Diag;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.PersistentSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.VarSnippet;

/**
 * Evaluates Java through the JDK's JShell, in this JVM, so snippets share the live Hibernate
 * objects. Turns JShell's events into {@link Outcome}s: the object a bare expression produced,
 * or one line of error with its position.
 */
public final class JavaEvaluator implements AutoCloseable {

    /** A name the snippets can use: a variable (its type), a method (its signature) or a class. */
    public record Declaration(String name, String type) {
    }

    // Not final: /reload moves a fresh evaluation state into this evaluator (see takeOver).
    private JShell jshell;
    private CapturingExecutionControl.Provider provider = new CapturingExecutionControl.Provider();
    // Where each variable's value lives: JShell keeps it in a static field of its wrapper class.
    private Map<String, Class<?>> variableHomes = new HashMap<>();
    // The snippets of the preamble: /reset keeps these and drops the user's.
    private java.util.Set<String> preloaded = new java.util.HashSet<>();

    public JavaEvaluator() {
        this(List.of());
    }

    /**
     * An evaluator that compiles against {@code first} before the shell's own class path: a
     * model built again by /reload, whose classes have the names of the shell's built-in ones.
     */
    public JavaEvaluator(List<java.nio.file.Path> first) {
        JShell.Builder builder = JShell.builder().executionEngine(provider, Map.of());
        if (!first.isEmpty()) {
            // JShell's compiler starts from this JVM's class path and adds to its end; a class
            // path given as the compiler's option comes first.
            List<String> classpath = new ArrayList<>(first.stream().map(Object::toString).toList());
            classpath.add(System.getProperty("java.class.path"));
            builder.compilerOptions("-classpath", String.join(java.io.File.pathSeparator, classpath));
        }
        jshell = builder.build();
        jshell.addToClasspath(System.getProperty("java.class.path"));
    }

    /**
     * Becomes {@code fresh}: its JShell, variables and preamble replace this one's, which is
     * closed. Whoever holds this evaluator (Ctrl-C, the terminal's completion) goes on with it.
     */
    public void takeOver(JavaEvaluator fresh) {
        JShell old = jshell;
        jshell = fresh.jshell;
        provider = fresh.provider;
        variableHomes = fresh.variableHomes;
        preloaded = fresh.preloaded;
        old.close();
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
        for (Outcome outcome : evaluate(preamble, Interrupts.none())) {
            if (outcome.failed()) {
                throw new IllegalStateException("the shell's preamble failed: " + outcome.message());
            }
        }
        markPreloaded();
    }

    /** Every snippet defined so far counts as the preamble: /reset keeps it, /context lists it. */
    void markPreloaded() {
        jshell.snippets().forEach(snippet -> preloaded.add(snippet.id()));
    }

    /** The ids of the snippets so far, to tell later which declarations came after. */
    java.util.Set<String> snippetIds() {
        return jshell.snippets().map(Snippet::id).collect(java.util.stream.Collectors.toSet());
    }

    /** The variables, methods and classes in force whose snippet is not among {@code before}. */
    List<Declaration> declaredSince(java.util.Set<String> before) {
        return declarations(snippet -> !before.contains(snippet.id()));
    }

    /** The variables, methods and classes of the preamble (the shell's and the context file's). */
    public List<Declaration> preloadedDeclarations() {
        return declarations(snippet -> preloaded.contains(snippet.id()));
    }

    private List<Declaration> declarations(java.util.function.Predicate<Snippet> which) {
        List<Declaration> found = new ArrayList<>();
        jshell.snippets().filter(which).filter(snippet -> jshell.status(snippet).isActive()).forEach(snippet -> {
            if (snippet instanceof VarSnippet variable) {
                found.add(new Declaration(variable.name(), simpleNames(variable.typeName())));
            } else if (snippet instanceof jdk.jshell.MethodSnippet method) {
                // JShell's signature reads "(int)List<User>": the parameters, then the return type.
                String signature = method.signature();
                int close = signature.lastIndexOf(')');
                String parameters = simpleNames(signature.substring(1, close));
                found.add(new Declaration(method.name() + "()", simpleNames(signature.substring(close + 1))
                        + (parameters.isEmpty() ? "" : ", takes (" + parameters + ")")));
            } else if (snippet instanceof jdk.jshell.TypeDeclSnippet type) {
                found.add(new Declaration(type.name(), "class"));
            }
        });
        return found;
    }

    // "java.util.List<dev.ormshell.model.User>" reads "List<User>", as the user writes it.
    private static String simpleNames(String type) {
        return type.replaceAll("\\b(?:[a-z_$][\\w$]*\\.)+(?=[A-Z])", "");
    }

    /** The classes declared by the snippets in force, as loaded (for entities typed at the prompt). */
    List<Class<?>> typedClasses() {
        SnippetLoading loading = provider.control().loading();
        return jshell.types().filter(type -> jshell.status(type).isActive())
                .map(type -> loading.latestDeclared(type.name())).filter(java.util.Objects::nonNull)
                .<Class<?>>map(type -> type).toList();
    }

    /** The loader of the snippets' classes (a child of the model's). */
    ClassLoader snippetLoader() {
        return provider.control().loading().loader();
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

    /**
     * Whether the source is ready to run: whole statements, or one that no further line can finish
     * (its error then shows at once). False while the user is still typing it.
     */
    public boolean isComplete(String source) {
        SourceCodeAnalysis.CompletionInfo info = jshell.sourceCodeAnalysis().analyzeCompletion(source);
        return switch (info.completeness()) {
            case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> !UnfinishedJava.canBeFinished(source);
            default -> info.remaining().isBlank() || isComplete(info.remaining());
        };
    }

    public SourceCodeAnalysis analysis() {
        return jshell.sourceCodeAnalysis();
    }

    /**
     * Evaluates every snippet in the source, in order, stopping at the first error; Ctrl-C reaches
     * each through {@code interrupts}. Error lines count from 1 at the start of the source; each
     * outcome names the snippet's source.
     */
    public List<Outcome> evaluate(String source, Interrupts interrupts) {
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
            Outcome outcome = evaluateOne(snippet, SnippetErrors.lineOf(source, offset + leadingBlank(rest)), interrupts)
                    .from(snippet.strip());
            outcomes.add(outcome);
            if (outcome.ends() || snippet == rest) {
                break;
            }
            rest = info.remaining();
        }
        return outcomes;
    }

    private Outcome evaluateOne(String snippetSource, int firstLine, Interrupts interrupts) {
        List<SnippetEvent> events = interrupts.run(() -> jshell.eval(TypedEntities.named(snippetSource)));
        Outcome outcome = outcomeOf(events, snippetSource, firstLine, interrupts);
        if (outcome.ends()) {
            forgetDeclarations(events);
        }
        return outcome;
    }

    /**
     * A snippet that failed, was stopped or called System.exit defines nothing (as in Python, and
     * so that /save's script, which leaves it out, defines the same): JShell would keep a variable
     * whose initialiser threw, holding null.
     */
    private void forgetDeclarations(List<SnippetEvent> events) {
        for (SnippetEvent event : events) {
            if (event.causeSnippet() == null && event.snippet() instanceof PersistentSnippet declaration
                    && jshell.status(declaration).isActive()) {
                jshell.drop(declaration);
                if (declaration instanceof VarSnippet variable) {
                    variableHomes.remove(variable.name());
                }
            }
        }
    }

    private Outcome outcomeOf(List<SnippetEvent> events, String snippetSource, int firstLine, Interrupts interrupts) {
        java.util.OptionalInt exit = SnippetExit.take();
        if (exit.isPresent()) {
            return Outcome.exit(exit.getAsInt());
        }
        if (interrupts.stopped(events.stream().anyMatch(event -> event.exception() != null))) {
            return Outcome.error("stopped (Ctrl-C); the variables defined before are still there", firstLine);
        }
        Outcome result = Outcome.NOTHING;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue;
            }
            Snippet snippet = event.snippet();
            if (event.status() == Snippet.Status.REJECTED) {
                return SnippetErrors.compileError(jshell.diagnostics(snippet).filter(Diag::isError).toList(),
                        snippet.source(), snippetSource, firstLine);
            }
            if (event.exception() != null) {
                return Outcome.error(SnippetErrors.describe(event.exception()), firstLine);
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

    private static int leadingBlank(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Stops the snippet running now (for Ctrl-C, see {@link Interrupts}); the variables stay. */
    void stop() {
        jshell.stop();
    }

    /** The live value of each variable in force (the context's and the user's), by name. */
    Map<String, Object> variableValues() {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        jshell.variables().filter(v -> jshell.status(v).isActive())
                .forEach(v -> values.put(v.name(), read(v.name(), () -> null)));
        return values;
    }

    /** Sets a variable's value in place; false when there is no such variable or its type does not take the value. */
    boolean assign(String name, Object value) {
        Class<?> home = variableHomes.get(name);
        if (home == null) {
            return false;
        }
        try {
            Field field = home.getDeclaredField(name);
            field.setAccessible(true);
            field.set(null, value);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
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
