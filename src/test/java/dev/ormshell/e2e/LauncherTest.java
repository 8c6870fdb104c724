package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ServerDatabases;
import dev.ormshell.testsupport.ServerDatabases.Server;
import dev.ormshell.testsupport.ShellConversation;
import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real {@code ./shell.sh}: what it hands the JVM, and how. */
class LauncherTest {

    static final String PASSWORD = "Launch-s3cret";

    @TempDir
    Path dir;

    static Path launcher() {
        return Path.of("shell.sh").toAbsolutePath();
    }

    @Test
    void aPasswordInTheUrlNeverReachesAProcesssArguments() throws IOException {
        try (ServerDatabases database = ServerDatabases.create(Server.MARIADB)) {
            // MariaDB checks the password: the shell only connects if the password arrived.
            String url = database.url("mysql", database.createUser(PASSWORD), PASSWORD);
            try (ShellConversation shell = ShellConversation.start(List.of(launcher().toString(), "run", "--url", url, "-"),
                    dir, Map.of("ORMSHELL_CDS", "off"))) {
                shell.send("db.createAll();");
                shell.send("true");
                assertEquals("true", shell.nextOutputLine());
                // Every process the launcher started or became, as ps shows them to any local user.
                List<String> commandLines = Stream.concat(Stream.of(shell.process()), shell.process().descendants())
                        .map(LauncherTest::commandLine).toList();
                assertTrue(commandLines.stream().anyMatch(line -> line.contains("dev.ormshell.cli.Main")), commandLines.toString());
                assertTrue(commandLines.stream().noneMatch(line -> line.contains(PASSWORD)), commandLines.toString());
                String properties = shell.ask("sessionFactory.getProperties().toString() + System.getProperties() + System.getenv()");
                assertFalse(properties.contains(PASSWORD), properties);
            }
            assertEquals("0", database.query("select count(*) from roles"));
        }
    }

    @Test
    void aJvmStartedByHandWithThePasswordMasksItInItsProperties() {
        try (ServerDatabases database = ServerDatabases.create(Server.POSTGRESQL)) {
            // PostgreSQL here trusts local connections, so any password opens it.
            String url = database.url("postgresql", Server.POSTGRESQL.adminUser, PASSWORD);
            Result run = ShellProcess.run(dir, """
                    System.getProperty("sun.java.command")
                    sessionFactory.getProperties().get("sun.java.command")
                    """, "--url", url);
            assertFalse(run.all().contains(PASSWORD), run.all());
            String masked = url.replace(PASSWORD, "***");
            assertEquals(2, run.outLines().stream().filter(line -> line.contains("--url " + masked)).count(), run.all());
        }
    }

    @Test
    void theNewestJavaRunsTheShellAndEachJavaKeepsItsArchive() throws IOException {
        Path java25 = jdkOfAtLeast(25);
        Path java17 = Path.of(System.getProperty("java.home"));
        String path = System.getenv("PATH");
        String script = "System.getProperty(\"java.specification.version\")\n";

        // Java 25 on the PATH beats Java 17 in JAVA_HOME; its first run may prepare its AOT cache.
        Result newest = launch(script, Map.of("JAVA_HOME", java17.toString(), "PATH", java25.resolve("bin") + ":" + path));
        assertEquals(List.of("\"" + feature(java25) + "\""), newest.outLines(), newest.err());
        assertEquals("", notices(newest.err()), "Java 25 printed warnings");

        // Java 17 alone (its archive may be prepared now), then Java 25 again: its archive is still there.
        Result baseline = launch(script, Map.of("JAVA_HOME", java17.toString(), "PATH", path));
        assertEquals(List.of("\"17\""), baseline.outLines(), baseline.err());
        Result again = launch(script, Map.of("JAVA_HOME", java25.toString(), "PATH", path));
        assertEquals(List.of("\"" + feature(java25) + "\""), again.outLines(), again.err());
        assertEquals("", again.err(), "nothing to prepare, nothing to warn about");
        try (Stream<Path> archives = Files.list(Path.of("target/cds"))) {
            List<String> names = archives.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.endsWith(".aot")) && names.stream().anyMatch(n -> n.endsWith(".jsa")),
                    names.toString());
        }
    }

    private Result launch(String script, Map<String, String> env) {
        return ShellProcess.runCommand(List.of(launcher().toString(), "run", "--url", "sqlite://", "-"), dir, script, env);
    }

    // What standard error said besides the launcher's own notices of one-time work.
    private static String notices(String err) {
        return String.join("\n", err.lines().filter(line -> !line.startsWith("Preparing fast start-up")
                && !line.startsWith("Building ORM Shell")).toList());
    }

    /** A JDK of this version or later beside the one running the tests (this machine kind has a Java 25). */
    private static Path jdkOfAtLeast(int version) throws IOException {
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            Path found = jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")) && feature(jdk) >= version)
                    .findFirst().orElse(null);
            Assumptions.assumeTrue(found != null, "no Java " + version + " or later in /usr/lib/jvm to run the launcher on");
            return found;
        }
    }

    private static int feature(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=\"")) {
                    return Integer.parseInt(line.replaceAll("^JAVA_VERSION=\"(\\d+).*", "$1"));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no release file: not a JDK we can tell
        }
        return 0;
    }

    private static String commandLine(ProcessHandle process) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException gone) {
            return "";
        }
    }
}
