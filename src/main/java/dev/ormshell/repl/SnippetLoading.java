package dev.ormshell.repl;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;

/**
 * How JShell loads the classes it compiles from snippets: in a loader whose parent is the
 * model's loader, so a snippet's {@code new Owner()} is the very class Hibernate mapped (JShell's
 * own loader would load a second copy from the class path it is given). The model's loader is
 * handed over once it is known, which may be after JShell has started, but before any snippet
 * names a class of the model.
 */
final class SnippetLoading implements LoaderDelegate {

    private final SnippetClassLoader loader = new SnippetClassLoader();
    private final Map<String, Class<?>> installed = new ConcurrentHashMap<>();
    // In which order the classes were loaded: a redefined class gets a new name ($JShell$12B$Post).
    private final Map<String, Long> loadOrder = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong loads = new java.util.concurrent.atomic.AtomicLong();

    void useModelLoader(ClassLoader model) {
        loader.model = model;
    }

    ClassLoader loader() {
        return loader;
    }

    /** The class a snippet declared last under this simple name ({@code REPL.$JShell$12$Post}, {@code …$12B$Post}), or null. */
    Class<?> latestDeclared(String simpleName) {
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("REPL\\.\\$JShell\\$\\w+\\$" + java.util.regex.Pattern.quote(simpleName));
        return installed.entrySet().stream().filter(entry -> named.matcher(entry.getKey()).matches())
                .max(java.util.Comparator.comparing(entry -> loadOrder.get(entry.getKey())))
                .map(Map.Entry::getValue).orElse(null);
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException {
        boolean[] done = new boolean[classes.length];
        try {
            for (ClassBytecodes c : classes) {
                loader.declare(c.name(), c.bytecodes());
            }
            for (int i = 0; i < classes.length; i++) {
                Class<?> type = loader.loadClass(classes[i].name());
                installed.put(classes[i].name(), type);
                loadOrder.put(classes[i].name(), loads.incrementAndGet());
                done[i] = true;
                // Linked now, as JShell's own loader does, so a missing class fails here and not mid-snippet.
                type.getDeclaredMethods();
            }
        } catch (Throwable e) {
            throw new ClassInstallException("load: " + e.getMessage(), done);
        }
    }

    @Override
    public void classesRedefined(ClassBytecodes[] classes) {
        for (ClassBytecodes c : classes) {
            loader.declare(c.name(), c.bytecodes());
        }
    }

    /** Nothing to add: every path the shell gives JShell is already on the model's (or the shell's) loader. */
    @Override
    public void addToClasspath(String path) {
    }

    @Override
    public Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> type = installed.get(name);
        if (type == null) {
            throw new ClassNotFoundException(name + " not found");
        }
        return type;
    }

    /** The snippets' classes, defined from JShell's bytes; everything else comes from the model's loader. */
    private static final class SnippetClassLoader extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> declared = new ConcurrentHashMap<>();
        private volatile ClassLoader model = SnippetLoading.class.getClassLoader();

        SnippetClassLoader() {
            super("jshell snippets", SnippetLoading.class.getClassLoader());
        }

        void declare(String name, byte[] bytes) {
            declared.put(name, bytes);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> type = findLoadedClass(name);
                if (type == null) {
                    byte[] bytes = declared.get(name);
                    type = bytes != null ? defineClass(name, bytes, 0, bytes.length) : model.loadClass(name);
                }
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
        }

        @Override
        public URL getResource(String name) {
            return model.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return model.getResources(name);
        }
    }
}
