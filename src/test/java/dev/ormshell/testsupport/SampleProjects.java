package dev.ormshell.testsupport;

import dev.ormshell.bench.ScratchFolder;
import dev.ormshell.project.ModelSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sample applications of {@code src/test/resources/projects/}, each copied to a temporary
 * folder and built with Maven for real once per test run (as {@code --project} builds them),
 * then shared by every test that opens it. Tests must not change a sample's sources.
 */
public final class SampleProjects {

    private static final Map<String, Path> BUILT = new ConcurrentHashMap<>();

    private SampleProjects() {
    }

    /** The built copy of a sample project. */
    public static Path built(String name) {
        return BUILT.computeIfAbsent(name, SampleProjects::build);
    }

    /** A fresh, unbuilt copy of a sample, for a test that changes it (removed when the JVM ends). */
    public static Path copy(String name) {
        try {
            Path target = Files.createTempDirectory("ormshell-" + name + "-");
            ScratchFolder.copy(Path.of("src/test/resources/projects", name), target);
            deleteOnExit(target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path build(String name) {
        Path copy = copy(name);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        try {
            ModelSource.mavenProject(copy, null, new PrintStream(progress, true, StandardCharsets.UTF_8)).load();
        } catch (RuntimeException e) {
            throw new AssertionError("the sample project " + name + " does not build: " + e.getMessage() + "\n"
                    + progress.toString(StandardCharsets.UTF_8), e);
        }
        return copy;
    }

    private static void deleteOnExit(Path folder) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ScratchFolder.delete(folder)));
    }
}
