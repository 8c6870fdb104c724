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
 * Every folder and jar given is searched for entities, except jars in a Maven or Gradle
 * repository, which are dependencies (searching Spring's jars took seconds). A jar's Maven
 * coordinates, which decide whether the shell ships the same artifact, come from the
 * {@code pom.properties} that Maven puts in the jars it builds.
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
            if (Files.isDirectory(path) || !inRepository(path)) {
                own.add(path);
            }
            artifacts.add(Files.isDirectory(path) ? Artifact.unknown(path) : coordinates(path));
        }
        if (artifacts.isEmpty()) {
            throw new ProjectException("--classpath is empty: give the application's class folders and jars, separated by "
                    + File.pathSeparator);
        }
        Path first = own.isEmpty() ? artifacts.get(0).path() : own.get(0);
        return new ProjectClasspath(first.getFileName().toString(), null, own, artifacts, null);
    }

    /**
     * Whether a jar lies in a Maven repository ({@code …/hibernate-core/7.4.13.Final/hibernate-core-7.4.13.Final.jar})
     * or Gradle's cache ({@code …/hibernate-core/7.4.13.Final/<sha1>/hibernate-core-7.4.13.Final.jar}).
     */
    static boolean inRepository(Path jar) {
        String file = jar.getFileName().toString();
        Path version = jar.getParent();
        if (version != null && version.getFileName() != null && version.getFileName().toString().matches("[0-9a-f]{40}")) {
            version = version.getParent();
        }
        Path artifact = version == null ? null : version.getParent();
        return artifact != null && artifact.getFileName() != null
                && file.startsWith(artifact.getFileName() + "-" + version.getFileName());
    }

    /**
     * A jar's coordinates: from its place in Gradle's cache or in a Maven repository named
     * {@code repository} (no jar opened; a hundred of them took a second), else from its pom.properties.
     */
    private static Artifact coordinates(Path jar) {
        if (inRepository(jar)) {
            Path version = jar.getParent();
            boolean gradle = version.getFileName().toString().matches("[0-9a-f]{40}");
            if (gradle) {
                version = version.getParent();
            }
            Path artifact = version.getParent();
            Path group = artifact.getParent();
            if (gradle && group != null && group.getFileName() != null) {
                return new Artifact(group.getFileName().toString(), artifact.getFileName().toString(),
                        version.getFileName().toString(), jar);
            }
            for (Path root = group; root != null && root.getFileName() != null; root = root.getParent()) {
                if (root.getFileName().toString().equals("repository")) {
                    return new Artifact(root.relativize(group).toString().replace(File.separatorChar, '.'),
                            artifact.getFileName().toString(), version.getFileName().toString(), jar);
                }
            }
        }
        return pomProperties(jar);
    }

    private static Artifact pomProperties(Path jar) {
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
