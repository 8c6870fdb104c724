package dev.ormshell.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The resources of a project's own classes (its class folders and jars, not its dependencies):
 * where its {@code application.properties} and {@code META-INF/persistence.xml} are.
 */
final class ProjectResources {

    private final List<Path> roots;

    ProjectResources(List<Path> roots) {
        this.roots = roots;
    }

    /** A resource's text from the first root that has it. */
    Optional<String> read(String name) {
        for (Path root : roots) {
            try {
                if (Files.isDirectory(root)) {
                    Path file = root.resolve(name);
                    if (Files.isRegularFile(file)) {
                        return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                    }
                } else if (Files.isRegularFile(root)) {
                    try (JarFile jar = new JarFile(root.toFile())) {
                        ZipEntry entry = jar.getEntry(name);
                        if (entry != null) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new ProjectException("Cannot read " + name + " in " + root + " (" + e.getMessage() + ")", e);
            }
        }
        return Optional.empty();
    }

    /** The names of the resources in one folder of the roots ("" for the top), without the folder. */
    List<String> list(String folder) {
        List<String> names = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root.resolve(folder))) {
                try (Stream<Path> files = Files.list(root.resolve(folder))) {
                    files.filter(Files::isRegularFile).forEach(f -> names.add(f.getFileName().toString()));
                } catch (IOException e) {
                    throw new ProjectException("Cannot list " + root.resolve(folder) + " (" + e.getMessage() + ")", e);
                }
            } else if (Files.isRegularFile(root)) {
                try (JarFile jar = new JarFile(root.toFile())) {
                    String prefix = folder.isEmpty() ? "" : folder + "/";
                    jar.stream().map(ZipEntry::getName)
                            .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0 && n.length() > prefix.length())
                            .forEach(n -> names.add(n.substring(prefix.length())));
                } catch (IOException e) {
                    throw new ProjectException("Cannot read " + root + " (" + e.getMessage() + ")", e);
                }
            }
        }
        return names;
    }
}
