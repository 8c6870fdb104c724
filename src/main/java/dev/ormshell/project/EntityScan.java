package dev.ormshell.project;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.Type;

/**
 * Finds a project's {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} and
 * {@code @Converter} classes by reading its class files with Jandex, as Hibernate's own scanner
 * does: no class is loaded, and a class file that never mentions {@code jakarta/persistence/}
 * is not even parsed.
 */
final class EntityScan {

    static final DotName ENTITY = DotName.createSimple("jakarta.persistence.Entity");
    static final DotName EMBEDDABLE = DotName.createSimple("jakarta.persistence.Embeddable");
    static final DotName MAPPED_SUPERCLASS = DotName.createSimple("jakarta.persistence.MappedSuperclass");
    static final DotName CONVERTER = DotName.createSimple("jakarta.persistence.Converter");

    private static final byte[] JAKARTA = "jakarta/persistence/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JAVAX_ENTITY = "Ljavax/persistence/Entity;".getBytes(StandardCharsets.US_ASCII);

    /**
     * What a scan found, class names sorted.
     *
     * @param valueTypes       the project's own classes that mapped classes use as field types
     *                         (enums, embeddables, records with a converter), for the imports
     * @param javaxPersistence whether some class is a {@code javax.persistence} entity (JPA 2)
     */
    record Found(List<String> entities, List<String> embeddables, List<String> mappedSuperclasses,
                 List<String> converters, List<String> valueTypes, boolean javaxPersistence) {

        /** Everything Hibernate is given. */
        List<String> mapped() {
            List<String> all = new ArrayList<>(entities);
            all.addAll(embeddables);
            all.addAll(mappedSuperclasses);
            all.addAll(converters);
            return all;
        }
    }

    private final Indexer indexer = new Indexer();
    private final Set<String> ownClasses = new HashSet<>();
    private boolean javax;

    private EntityScan() {
    }

    static Found scan(List<Path> roots) {
        EntityScan scan = new EntityScan();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                scan.folder(root);
            } else if (Files.isRegularFile(root)) {
                scan.jar(root);
            }
        }
        return scan.found();
    }

    private void folder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                classFile(relative, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void jar(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().toList()) {
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        classFile(entry.getName(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new ProjectException("Cannot read " + jar + " (" + e.getMessage() + ")", e);
        }
    }

    private void classFile(String path, byte[] bytes) throws IOException {
        if (path.endsWith("module-info.class") || path.endsWith("package-info.class")) {
            return;
        }
        ownClasses.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
        if (contains(bytes, JAKARTA)) {
            indexer.index(new ByteArrayInputStream(bytes));
        } else if (contains(bytes, JAVAX_ENTITY)) {
            javax = true;
        }
    }

    private Found found() {
        Index index = indexer.complete();
        List<String> entities = annotated(index, ENTITY);
        List<String> embeddables = annotated(index, EMBEDDABLE);
        List<String> mappedSuperclasses = annotated(index, MAPPED_SUPERCLASS);
        Set<String> valueTypes = new TreeSet<>();
        for (List<String> mapped : List.of(entities, embeddables, mappedSuperclasses)) {
            for (String name : mapped) {
                for (FieldInfo field : index.getClassByName(name).fields()) {
                    collectOwn(field.type(), valueTypes);
                }
            }
        }
        valueTypes.removeAll(entities);
        valueTypes.removeAll(embeddables);
        valueTypes.removeAll(mappedSuperclasses);
        return new Found(entities, embeddables, mappedSuperclasses, annotated(index, CONVERTER),
                List.copyOf(valueTypes), javax);
    }

    private static List<String> annotated(Index index, DotName annotation) {
        Set<String> names = new TreeSet<>();
        index.getAnnotations(annotation).stream()
                .filter(a -> a.target() != null && a.target().kind() == AnnotationTarget.Kind.CLASS)
                .map(a -> a.target().asClass())
                .filter(c -> c.nestingType() == ClassInfo.NestingType.TOP_LEVEL || c.nestingType() == ClassInfo.NestingType.INNER
                        && c.enclosingClass() != null)
                .forEach(c -> names.add(c.name().toString()));
        return List.copyOf(names);
    }

    // A field's type and its type arguments (List<Pet>, Map<Genre, Book>) that are the project's own classes.
    private void collectOwn(Type type, Set<String> into) {
        switch (type.kind()) {
            case CLASS -> {
                if (ownClasses.contains(type.name().toString())) {
                    into.add(type.name().toString());
                }
            }
            case PARAMETERIZED_TYPE -> {
                collectOwn(Type.create(type.name(), Type.Kind.CLASS), into);
                type.asParameterizedType().arguments().forEach(argument -> collectOwn(argument, into));
            }
            case ARRAY -> collectOwn(type.asArrayType().elementType(), into);
            default -> { }
        }
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0, last = bytes.length - part.length; i <= last; i++) {
            if (bytes[i] != part[0]) {
                continue;
            }
            for (int j = 1; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
