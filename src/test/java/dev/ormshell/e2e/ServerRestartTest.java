package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ServerDatabases;
import dev.ormshell.testsupport.ServerDatabases.Server;
import dev.ormshell.testsupport.ServerRestart;
import dev.ormshell.testsupport.ShellConversation;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The database server restarts while the shell is open (a proxy of the test's own goes down and
 * up: the shared servers are never restarted). The command that meets the dead connection may
 * fail with one line; the pool drops dead connections, so the next command works.
 */
class ServerRestartTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Server.class)
    void theNextCommandAfterARestartWorks(Server server) {
        try (ServerDatabases database = ServerDatabases.create(server);
             ServerRestart restart = ServerRestart.proxyTo(server.port);
             ShellConversation shell = ShellConversation.start(dir, "run", "--keep-going", "--url",
                     database.url().replace(":" + server.port + "/", ":" + restart.port() + "/"), "-")) {
            String at = (server == Server.POSTGRESQL ? "PostgreSQL" : "MariaDB/MySQL") + " server at 127.0.0.1:" + restart.port();
            String lost = "error: Query failed: the connection to the " + at + " was lost (";
            String unreachable = "error: Query failed: cannot reach the " + at
                    + " (connection refused: is the server running, on this host and port?)";
            shell.send("db.createAll();");
            shell.send("db.session.add(new Role(\"Admin\"));");
            shell.send("db.session.commit();");
            assertEquals("1", shell.ask("Role.query.count()"));

            // Down and at once up again, between two commands: the pool finds its connection dead.
            restart.down();
            restart.up();
            String first = shell.ask("Role.query.count()");
            assertTrue(first.equals("1") || first.contains(lost), first);
            assertEquals("1", shell.ask("Role.query.count()"));

            // Down for a while: commands fail with one line each; once it is up, the next command works.
            restart.down();
            String whileDown = shell.ask("Role.query.count()");
            assertTrue(whileDown.contains(lost) || whileDown.endsWith(unreachable), whileDown);
            assertTrue(shell.ask("Role.query.count()").endsWith(unreachable));
            // A restart takes a while; the pool keeps trying to connect meanwhile, ever less often.
            sleep(12_000);
            restart.up();
            assertEquals("1", shell.ask("Role.query.count()"));
            shell.send("db.session.add(new Role(\"After\"));");
            shell.send("db.session.commit();");
            assertEquals("2", shell.ask("Role.query.count()"));

            // A restart inside a transaction: its changes are gone (said so), and the shell goes on.
            shell.send("db.session.add(new Role(\"Lost\"));");
            shell.send("db.session.flush();");
            // Wait until the flush has run: the restart must come after it.
            assertEquals("\"flushed\"", shell.ask("\"flushed\""));
            restart.down();
            restart.up();
            String commit = shell.ask("db.session.commit();");
            assertTrue(commit.contains("was lost (") && commit.contains("changes since the last commit are gone"), commit);
            assertEquals("2", shell.ask("Role.query.count()"));
            assertEquals("2", database.query("select count(*) from roles"));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
