package dev.ormshell.repl;

import java.lang.reflect.Method;
import java.util.Map;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's in-process execution, remembering which wrapper class ran last: a variable's value
 * (including {@code $1} for a bare expression) is a static field of that class, so the shell
 * can render the object itself rather than JShell's string of it. Snippets are loaded by
 * {@link SnippetLoading}, and run with its loader as their context loader (as an application's
 * code runs with its own).
 */
final class CapturingExecutionControl extends LocalExecutionControl {

    private final SnippetLoading loading;
    private volatile Class<?> lastWrapper;

    private CapturingExecutionControl(SnippetLoading loading) {
        super(loading);
        this.loading = loading;
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        lastWrapper = doitMethod.getDeclaringClass();
        // JShell runs each snippet in a new thread, which takes this thread's context loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loading.loader());
        try {
            // JShell's text of the value is its toString(), which an entity may return as null
            // (Spring's pet clinic: NamedEntity.toString() is its name); JShell would fail on that.
            String value = super.invoke(doitMethod);
            return value != null ? value : "null";
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    SnippetLoading loading() {
        return loading;
    }

    Class<?> lastWrapper() {
        return lastWrapper;
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
