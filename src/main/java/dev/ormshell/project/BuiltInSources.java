package dev.ormshell.project;

import dev.ormshell.model.Models;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The built-in model compiled again from its sources ({@code src/main/java/dev/ormshell/model}
 * beside the shell's classes, or {@code $ORMSHELL_MODEL_SOURCES}) with the running JDK's
 * compiler, for /reload. The new classes have the names of the shell's own, so they live in a
 * loader that looks in its own folder first for that package.
 */
final class BuiltInSources implements ModelSource {

    static final String SOURCES_VARIABLE = "ORMSHELL_MODEL_SOURCES";
    private static final String PACKAGE = Models.class.getPackageName();
    private static final Path PACKAGE_PATH = Path.of("src/main/java", PACKAGE.replace('.', '/'));

    @Override
    public LoadedModel load() {
        Path sources = locate();
        Path classes = compile(sources);
        URLClassLoader loader = new OwnPackageFirst(classes);
        List<Class<?>> entities = entities(loader);
        return new LoadedModel("the built-in model", loader, entities, List.of(classes),
                entities.stream().map(Class::getName).toList(), List.of(), null, null, List.of());
    }

    private static Path locate() {
        String configured = System.getenv(SOURCES_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try {
            // target/classes or target/orm-shell-classes.jar: the checkout is two levels up.
            Path here = Path.of(Models.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = here; dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve(PACKAGE_PATH))) {
                    return dir.resolve(PACKAGE_PATH);
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // Fall through to the message.
        }
        throw new ProjectException("cannot find the built-in model's sources (" + PACKAGE_PATH + "); set "
                + SOURCES_VARIABLE + " to their folder");
    }

    private static Path compile(Path sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new ProjectException("this Java has no compiler (a JRE?): run the shell on a JDK to /reload");
        }
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> javaFiles = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            Path classes = Files.createTempDirectory("ormshell-model-");
            deleteOnExit(classes);
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
                List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                        "-proc:none", "-encoding", "UTF-8", "-nowarn");
                boolean compiled = javac.getTask(null, fileManager, diagnostics, options, null,
                        fileManager.getJavaFileObjectsFromPaths(javaFiles)).call();
                if (!compiled) {
                    throw new ProjectException(firstError(diagnostics));
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compile " + sources + ": " + e.getMessage(), e);
        }
    }

    private static String firstError(DiagnosticCollector<JavaFileObject> diagnostics) {
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        if (errors.isEmpty()) {
            return "the built-in model does not compile";
        }
        Diagnostic<? extends JavaFileObject> first = errors.get(0);
        String file = first.getSource() == null ? "" : Path.of(first.getSource().toUri()).getFileName() + ":"
                + first.getLineNumber() + ": ";
        return file + "error: " + first.getMessage(Locale.ROOT).lines().findFirst().orElse("")
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
    }

    @SuppressWarnings("unchecked")
    private static List<Class<?>> entities(ClassLoader loader) {
        try {
            return (List<Class<?>>) Class.forName(Models.class.getName(), true, loader).getField("ALL").get(null);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            throw new ProjectException("cannot load the rebuilt model: " + e, e);
        }
    }

    private static void deleteOnExit(Path folder) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException ignored) {
                // A temporary folder left behind is harmless.
            }
        }));
    }

    /** Loads the model's package from its own folder first; everything else (Hibernate, the orm facade) from the shell's. */
    private static final class OwnPackageFirst extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        OwnPackageFirst(Path classes) {
            super("rebuilt built-in model", urls(classes), BuiltInSources.class.getClassLoader());
        }

        private static URL[] urls(Path classes) {
            try {
                return new URL[] {classes.toUri().toURL()};
            } catch (MalformedURLException e) {
                throw new ProjectException("cannot use " + classes + ": " + e.getMessage(), e);
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PACKAGE + ".")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> type = findLoadedClass(name);
                if (type == null) {
                    type = findClass(name);
                }
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = name.startsWith(PACKAGE.replace('.', '/') + "/") ? findResource(name) : null;
            return own != null ? own : super.getResource(name);
        }
    }
}
