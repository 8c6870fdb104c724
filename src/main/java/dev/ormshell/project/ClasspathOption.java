package dev.ormshell.project;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * {@code --classpath a.jar:build/classes/java/main}: a project that is not built with Maven.
 * Every folder and jar given is searched for entities. A jar's Maven coordinates, which decide
 * whether the shell ships the same artifact, come from the {@code pom.properties} that Maven
 * puts in the jars it builds.
 */
final class ClasspathOption {

    private ClasspathOption() {
    }

    static ProjectClasspath parse(String classpath) {
        List<Path> own = new ArrayList<>();
        List<Artifact> artifacts = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry).toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                throw new ProjectException("--classpath: " + entry + " does not exist");
            }
            if (!Files.isDirectory(path) && !entry.endsWith(".jar")) {
                throw new ProjectException("--classpath: " + entry + " is neither a folder of classes nor a .jar");
            }
            own.add(path);
            artifacts.add(Files.isDirectory(path) ? Artifact.unknown(path) : coordinates(path));
        }
        if (own.isEmpty()) {
            throw new ProjectException("--classpath is empty: give the application's class folders and jars, separated by "
                    + File.pathSeparator);
        }
        return new ProjectClasspath(own.get(0).getFileName().toString(), null, own, artifacts, null);
    }

    private static Artifact coordinates(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry found = file.stream().filter(e -> e.getName().startsWith("META-INF/maven/")
                    && e.getName().endsWith("/pom.properties")).findFirst().orElse(null);
            if (found == null) {
                return Artifact.unknown(jar);
            }
            Properties pom = new Properties();
            try (InputStream in = file.getInputStream(found)) {
                pom.load(in);
            }
            return new Artifact(pom.getProperty("groupId"), pom.getProperty("artifactId"), pom.getProperty("version"), jar);
        } catch (IOException e) {
            throw new ProjectException("--classpath: cannot read " + jar + " (" + e.getMessage() + ")", e);
        }
    }
}
