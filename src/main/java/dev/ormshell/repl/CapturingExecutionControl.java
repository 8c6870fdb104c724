package dev.ormshell.repl;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's in-process execution, remembering which wrapper class ran last and the value it gave:
 * a variable's value (including {@code $1} for a bare expression) is a static field of that
 * class, so the shell can render the object itself rather than JShell's string of it.
 *
 * <p>JShell makes that string by calling the value's {@code toString()} after every snippet, a
 * declaration too. An entity's {@code toString()} may load lazy associations (queries the user
 * never asked for, N of them for a list) or throw because its session is gone, which JShell would
 * report as the snippet's failure. So the snippet runs through {@link #runAndKeep()}, which hands
 * JShell a text that calls no {@code toString()} of the application's, and the shell prints
 * the value itself (through ValueRenderer, which never fails). Snippets' classes are loaded
 * with their {@code System.exit} calls redirected ({@link SnippetExit}), so none ends the shell.
 *
 * <p>Snippets are loaded by {@link SnippetLoading}, and run with its loader as their context
 * loader (as an application's code runs with its own).
 */
final class CapturingExecutionControl extends LocalExecutionControl {

    private static final Method RUN_AND_KEEP;

    static {
        try {
            RUN_AND_KEEP = CapturingExecutionControl.class.getMethod("runAndKeep");
            // JShell's module calls it; this class is not public.
            RUN_AND_KEEP.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    // The control whose snippet runAndKeep runs: JShell calls it on a thread of its own, without arguments.
    private static volatile CapturingExecutionControl running;

    private final SnippetLoading loading;
    private volatile Method snippet;
    private volatile Class<?> lastWrapper;
    private volatile Object lastValue;

    private CapturingExecutionControl(SnippetLoading loading) {
        super(loading);
        this.loading = loading;
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        ClassBytecodes[] redirected = new ClassBytecodes[classes.length];
        for (int i = 0; i < classes.length; i++) {
            redirected[i] = new ClassBytecodes(classes[i].name(), SnippetExit.redirect(classes[i].bytecodes()));
        }
        super.load(redirected);
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        lastWrapper = doitMethod.getDeclaringClass();
        lastValue = null;
        snippet = doitMethod;
        running = this;
        // JShell runs each snippet in a new thread, which takes this thread's context loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loading.loader());
        try {
            return super.invoke(RUN_AND_KEEP);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    SnippetLoading loading() {
        return loading;
    }

    /** Runs the snippet JShell asked for and keeps its value; public and static, as JShell calls it by reflection. */
    public static Object runAndKeep() throws Throwable {
        CapturingExecutionControl control = running;
        try {
            Object value = control.snippet.invoke(null);
            control.lastValue = value;
            return new Text(value);
        } catch (InvocationTargetException e) {
            // The snippet's own exception, as JShell would have seen it from the snippet itself.
            throw e.getCause();
        }
    }

    Class<?> lastWrapper() {
        return lastWrapper;
    }

    /** The value the last snippet gave (null for none). */
    Object lastValue() {
        return lastValue;
    }

    /** JShell's text of a value where it costs nothing (strings, numbers, arrays of them); the class name otherwise. */
    private record Text(Object value) {
        @Override
        public String toString() {
            boolean plain = value == null || value instanceof CharSequence || value instanceof Number
                    || value instanceof Boolean || value instanceof Character || value instanceof Enum<?>
                    || value.getClass().isArray() && value.getClass().getComponentType().isPrimitive();
            return plain ? valueString(value) : value.getClass().getName();
        }
    }

    /** Hands JShell this control, and keeps it for the shell. */
    static final class Provider implements ExecutionControlProvider {
        private volatile CapturingExecutionControl control;

        @Override
        public String name() {
            return "ormshell-local";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            control = new CapturingExecutionControl(new SnippetLoading());
            return control;
        }

        CapturingExecutionControl control() {
            return control;
        }
    }
}
