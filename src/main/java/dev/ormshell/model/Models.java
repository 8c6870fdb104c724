package dev.ormshell.model;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

/**
 * The application's entity classes: every {@code @Entity} class in this package. A new model
 * is a new file here — no list to keep in step. Only this one package is listed (a directory
 * or jar listing of a few files), not the classpath.
 */
public final class Models {

    private static final String PACKAGE = Models.class.getPackageName();

    public static final List<Class<?>> ALL = discover();

    private Models() {
    }

    private static List<Class<?>> discover() {
        List<Class<?>> entities = new ArrayList<>();
        for (String name : classNames()) {
            try {
                Class<?> type = Class.forName(PACKAGE + "." + name, false, Models.class.getClassLoader());
                if (type.isAnnotationPresent(Entity.class)) {
                    entities.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load model class " + name + ": " + e, e);
            }
        }
        entities.sort(Comparator.comparing(Class::getSimpleName));
        return List.copyOf(entities);
    }

    // Top-level class names of this package, from the folder or the jar it was loaded from.
    private static List<String> classNames() {
        URL here = Models.class.getResource("Models.class");
        try {
            if ("jar".equals(here.getProtocol())) {
                JarURLConnection jar = (JarURLConnection) here.openConnection();
                String prefix = PACKAGE.replace('.', '/') + "/";
                List<String> names = new ArrayList<>();
                for (Enumeration<JarEntry> e = jar.getJarFile().entries(); e.hasMoreElements(); ) {
                    String entry = e.nextElement().getName();
                    if (entry.startsWith(prefix) && entry.indexOf('/', prefix.length()) < 0) {
                        names.add(entry.substring(prefix.length()));
                    }
                }
                return topLevelClasses(names.stream());
            }
            try (Stream<Path> files = Files.list(Path.of(here.toURI()).getParent())) {
                return topLevelClasses(files.map(p -> p.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> topLevelClasses(Stream<String> fileNames) {
        return fileNames.filter(n -> n.endsWith(".class") && !n.contains("$"))
                .map(n -> n.substring(0, n.length() - ".class".length()))
                .sorted()
                .toList();
    }
}
