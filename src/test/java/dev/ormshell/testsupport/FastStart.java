package dev.ormshell.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The child shells of a test run start the way {@code shell.sh} starts them: the shell's classes
 * from a jar of {@code target/classes} (class-data sharing archives classes from jars only), and
 * an AppCDS archive of the classes a typical session loads, recorded once per test run by a short
 * training session. A child JVM then maps those classes instead of loading and verifying them one
 * by one, which takes about half of its start-up off every shell a test starts. The shell behaves
 * the same; only where its classes come from changes, as with shell.sh. When the archive cannot
 * be made, the shells start without it (slower, nothing else changes).
 *
 * <p>Both files live in {@code target/test-shell-PID/} (beside {@code src/main/java}, where
 * /reload finds the built-in model's sources), made at the first shell of the run and removed
 * when the test JVM ends.
 */
public final class FastStart {

    private static final String MAIN = "dev.ormshell.cli.Main";

    private record Prepared(String classpath, Path archive) {
    }

    private static Prepared prepared;

    private FastStart() {
    }

    /** The class path of a child shell: the jar of the shell's classes, then its dependencies. */
    public static String classpath() {
        return prepare().classpath();
    }

    /** A child shell's full command line: {@code java}, its options, the class path, the main class, the arguments. */
    public static List<String> command(String... args) {
        return command(classpath(), args);
    }

    /** The same on another class path (one without a driver, say), which starts without the archive. */
    public static List<String> command(String classpath, String... args) {
        List<String> command = new ArrayList<>(List.of(java(),
                // A short-lived JVM starts faster with the quick compiler only (as shell.sh has it).
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        Prepared ready = prepare();
        if (ready.archive() != null && ready.classpath().equals(classpath)) {
            // As shell.sh: the archive is mapped when it matches, and says nothing either way.
            command.addAll(List.of("-XX:SharedArchiveFile=" + ready.archive(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.addAll(List.of("-cp", classpath, MAIN));
        command.addAll(List.of(args));
        return command;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static synchronized Prepared prepare() {
        if (prepared == null) {
            prepared = make();
        }
        return prepared;
    }

    private static Prepared make() {
        Path root = Path.of("").toAbsolutePath();
        String dependencies;
        try {
            dependencies = Files.readString(root.resolve("target/runtime-classpath.txt")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("run `mvn compile` first: target/runtime-classpath.txt is missing", e);
        }
        removeLeftOvers(root.resolve("target"));
        Path folder = root.resolve("target/test-shell-" + ProcessHandle.current().pid());
        try {
            deleteTree(folder);
            Files.createDirectories(folder);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder)));
            Path jar = folder.resolve("orm-shell-classes.jar");
            jar(root.resolve("target/classes"), jar);
            String classpath = jar + File.pathSeparator + dependencies;
            return new Prepared(classpath, train(folder, classpath, root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the child shells in " + folder, e);
        }
    }

    /** What {@code jar cf JAR -C classes .} writes: a manifest, then every folder and file. */
    private static void jar(Path classes, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path path : files.sorted().toList()) {
                if (path.equals(classes)) {
                    continue;
                }
                String name = classes.relativize(path).toString().replace(File.separatorChar, '/');
                if (Files.isDirectory(path)) {
                    out.putNextEntry(new JarEntry(name + "/"));
                } else if (!name.equals("META-INF/MANIFEST.MF")) {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        }
    }

    /**
     * One session on a SQLite file that touches what the tests' shells do (migrations, the model,
     * queries, SQL, the echo), run with -XX:ArchiveClassesAtExit; null when it leaves no archive.
     */
    private static Path train(Path folder, String classpath, Path root) throws IOException {
        Path training = Files.createDirectories(folder.resolve("training"));
        Path migrations = Files.createDirectories(training.resolve("migrations"));
        try (Stream<Path> shipped = Files.list(root.resolve("migrations"))) {
            for (Path file : shipped.filter(Files::isRegularFile).toList()) {
                Files.copy(file, migrations.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path recording = folder.resolve("shell.jsa.recording");
        Path archive = folder.resolve("shell.jsa");
        List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:ArchiveClassesAtExit=" + recording, "-cp", classpath, MAIN,
                "--url", "sqlite:///" + training.resolve("training.sqlite")));
        String script = String.join("\n",
                "/db upgrade", "/db current", "/db history", "/db check",
                "Role admin = new Role(\"Admin\");", "db.session.add(admin);",
                "db.session.addAll(new User(\"john\", admin), new User(\"susan\", admin));", "db.session.commit();",
                "Role.query.all()", "User.query.filterBy(\"role\", admin).orderBy(\"username\").all()",
                "admin.users().count()", "User.query.paginate(1, 10)", "/echo on", "User.query.count()", "/echo off",
                "/sql select name from roles", "/help", "");
        try {
            Process process = new ProcessBuilder(command).directory(training.toFile())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("training.log").toFile()).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(script.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (Files.isRegularFile(recording) && Files.size(recording) > 0) {
            Files.move(recording, archive, StandardCopyOption.REPLACE_EXISTING);
            return archive;
        }
        System.err.println("FastStart: no class-data archive (see " + folder.resolve("training.log")
                + "); the child shells start without one");
        return null;
    }

    // The folders of test runs that ended without removing theirs (killed, say).
    private static void removeLeftOvers(Path target) {
        try (Stream<Path> folders = Files.list(target)) {
            for (Path folder : folders.toList()) {
                String name = folder.getFileName().toString();
                if (name.matches("test-shell-\\d+") && ProcessHandle.of(Long.parseLong(name.substring(11))).isEmpty()) {
                    deleteTree(folder);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Left for the next run, or mvn clean.
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // A folder under target/ left behind is harmless.
        }
    }
}
