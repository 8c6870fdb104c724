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
 * can render the object itself rather than JShell's string of it. Snippets' classes are loaded
 * with their {@code System.exit} calls redirected ({@link SnippetExit}), so none ends the shell.
 */
final class CapturingExecutionControl extends LocalExecutionControl {

    private volatile Class<?> lastWrapper;

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
        return super.invoke(doitMethod);
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
            control = new CapturingExecutionControl();
            return control;
        }

        CapturingExecutionControl control() {
            return control;
        }
    }
}
