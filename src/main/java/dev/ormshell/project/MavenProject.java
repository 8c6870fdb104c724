package dev.ormshell.project;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * A Maven project opened with {@code --project DIR}: built with its own Maven when its classes
 * are missing or older than its sources (compile only), and its runtime class path asked of
 * Maven once and kept in {@code target/ormshell/}, under the hash of its pom files, so that later
 * starts run no Maven at all. A multi-module project is built as one reactor: its own classes are
 * every module's, its class path the union of the modules' dependencies.
 */
final class MavenProject {

    // A fixed version, whatever the project's build says: the output format below is this one's.
    private static final String LIST_GOAL = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list";

    private final Path dir;
    private final PrintStream progress;

    MavenProject(Path dir, PrintStream progress) {
        this.dir = dir.toAbsolutePath().normalize();
        this.progress = progress;
    }

    Path dir() {
        return dir;
    }

    /** The project's classes and dependencies, building and asking Maven only when needed. */
    ProjectClasspath classpath() {
        if (!Files.isDirectory(dir)) {
            throw new ProjectException("--project " + dir + ": no such folder");
        }
        if (!Files.isRegularFile(dir.resolve("pom.xml"))) {
            throw new ProjectException("--project " + dir + " is not a Maven project (it has no pom.xml); for another"
                    + " build, give its classes and jars with --classpath");
        }
        List<Path> modules = ReactorModules.of(dir);
        boolean reactor = !modules.equals(List.of(dir));
        Path cache = workFolder().resolve("classpath-" + pomHash(modules) + ".txt");
        List<Artifact> dependencies = cached(cache);
        boolean build = modules.stream().anyMatch(this::needsBuild);
        if (build || dependencies == null) {
            Path list = workFolder().resolve("dependency-list.txt");
            deleteIfExists(list);
            // In a reactor each module appends its list to the one file; a module that another one
            // depends on is only found (as its class folder) when the same run compiles it.
            new MavenBuild(dir, progress).run(build || reactor && dependencies == null, LIST_GOAL, "-DincludeScope=runtime",
                    "-DoutputAbsoluteArtifactFilename=true", "-DoutputFile=" + list, "-DappendOutput=" + reactor);
            if (build) {
                touch(workFolder().resolve("built"));
            }
            if (dependencies == null) {
                dependencies = withoutModules(DependencyList.read(list), modules);
                store(cache, dependencies);
            }
        }
        List<Path> own = modules.stream().map(MavenProject::classes).filter(Files::isDirectory).toList();
        return new ProjectClasspath(name(), dir, own, dependencies, workFolder());
    }

    // The modules' own outputs are the project's classes, not dependencies; and a jar two modules
    // share is listed once.
    private static List<Artifact> withoutModules(List<Artifact> listed, List<Path> modules) {
        Set<Path> seen = new HashSet<>();
        return listed.stream().filter(a -> modules.stream().noneMatch(m -> a.path().toAbsolutePath().startsWith(m.resolve("target")))
                && seen.add(a.path())).toList();
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String name() {
        return dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    }

    private static Path classes(Path module) {
        return module.resolve("target/classes");
    }

    private Path workFolder() {
        return dir.resolve("target/ormshell");
    }

    /**
     * Whether a source is newer than the compiled classes. Only class files count as built: Maven
     * copies resources before it compiles, so a build that failed leaves them, newer than the
     * sources, in a target/classes without classes. A stamp marks the shell's last successful
     * build too: a source that compiles to no class (package-info.java) must not make every start
     * build again. SQL scripts do not count: the shell reads migrations where they are, and a
     * migration that {@code db migrate} just wrote must not make the next start build.
     */
    private boolean needsBuild(Path module) {
        Path classes = classes(module);
        FileTime built = newestOf(newest(classes, ".class"), newest(workFolder().resolve("built"), ""));
        if (!Files.isDirectory(classes) || built == null) {
            return true;
        }
        FileTime sources = newestOf(newest(module.resolve("pom.xml"), ""), newest(module.resolve("src/main"), ""));
        return sources != null && sources.compareTo(built) > 0;
    }

    private static FileTime newestOf(FileTime a, FileTime b) {
        return a == null ? b : b == null || a.compareTo(b) > 0 ? a : b;
    }

    // The newest file under path (or path itself) whose name ends so; SQL scripts never count.
    private static FileTime newest(Path path, String ending) {
        if (!Files.exists(path)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(ending) && !f.toString().endsWith(".sql"))
                    .map(MavenProject::modified).max(FileTime::compareTo).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The hash of the pom files that decide the class path: the project's and its modules', and
     * their parents' when those live in the same tree.
     */
    private String pomHash(List<Path> modules) {
        try {
            // CRC-32 rather than SHA-256: it is a cache key, and the JDK's security providers
            // take ~25 ms of every start to load.
            CRC32 digest = new CRC32();
            long length = 0;
            Set<Path> hashed = new HashSet<>();
            List<Path> starts = new ArrayList<>(List.of(dir));
            starts.addAll(modules);
            for (Path start : starts) {
                Path pom = start.resolve("pom.xml");
                for (int depth = 0; pom != null && Files.isRegularFile(pom) && depth < 10 && hashed.add(pom); depth++) {
                    byte[] content = Files.readAllBytes(pom);
                    digest.update(content);
                    length += content.length;
                    pom = parentPom(pom, new String(content, StandardCharsets.UTF_8));
                }
            }
            return Long.toHexString(digest.getValue()) + "-" + Long.toHexString(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // <parent> with a <relativePath> (default ../pom.xml); an empty one means the repository.
    private static Path parentPom(Path pom, String content) {
        int parent = content.indexOf("<parent>");
        if (parent < 0) {
            return null;
        }
        String section = content.substring(parent, Math.max(parent, content.indexOf("</parent>", parent)));
        String relative = "../pom.xml";
        int at = section.indexOf("<relativePath");
        if (at >= 0) {
            int start = section.indexOf('>', at) + 1;
            int end = section.indexOf("</relativePath>", start);
            relative = end < 0 ? "" : section.substring(start, end).strip();
        }
        if (relative.isEmpty()) {
            return null;
        }
        Path resolved = pom.getParent().resolve(relative).normalize();
        return Files.isDirectory(resolved) ? resolved.resolve("pom.xml") : resolved;
    }

    /** The cached class path, or null when there is none or a jar of it has gone. */
    private static List<Artifact> cached(Path cache) {
        if (!Files.isRegularFile(cache)) {
            return null;
        }
        try {
            List<Artifact> artifacts = new ArrayList<>();
            for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    Artifact artifact = Artifact.ofLine(line);
                    if (!Files.exists(artifact.path())) {
                        return null;
                    }
                    artifacts.add(artifact);
                }
            }
            return artifacts;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void store(Path cache, List<Artifact> dependencies) {
        try (Stream<Path> old = Files.list(workFolder())) {
            for (Path file : old.filter(f -> f.getFileName().toString().startsWith("classpath-")).toList()) {
                Files.deleteIfExists(file);
            }
            Files.write(cache, dependencies.stream().map(Artifact::toLine).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Not cached: the next start asks Maven again, which is slower but right.
        }
    }

    private static void touch(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "");
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // Without the stamp a later start may build once more: harmless.
        }
    }
}
