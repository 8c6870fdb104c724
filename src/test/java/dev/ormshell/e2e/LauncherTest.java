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

    private static String commandLine(ProcessHandle process) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException gone) {
            return "";
        }
    }
}
