package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ServerDatabases;
import dev.ormshell.testsupport.ServerDatabases.Server;
import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a user sees when the shell cannot open a server database: one line on standard error,
 * naming what is wrong and what to do, the password as {@code ***}, exit code 1, nothing on
 * standard output. Driven through the real entry point.
 */
class ServerErrorsTest {

    static final String PASSWORD = "Sekr3t-pw";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Server.class)
    void aServerThatIsNotRunningIsNamedWithHostAndPort(Server server) throws IOException {
        int port = freePort();
        String line = failure(server.scheme + "://someone:" + PASSWORD + "@127.0.0.1:" + port + "/shop");
        assertTrue(line.contains("cannot reach the " + product(server) + " server at 127.0.0.1:" + port
                + " (connection refused: is the server running, on this host and port?)"), line);
    }

    @ParameterizedTest
    @EnumSource(Server.class)
    void aServerThatNeverAnswersIsGivenUpOnWithinSeconds(Server server) throws IOException {
        try (ServerSocket silent = new ServerSocket(0)) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accept, then say nothing
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String line = failure(server.scheme + "://someone:" + PASSWORD + "@127.0.0.1:" + silent.getLocalPort() + "/shop");
            assertTrue(line.contains("cannot reach the " + product(server) + " server at 127.0.0.1:" + silent.getLocalPort()), line);
            assertTrue(line.contains("(no answer within 2 s; a slow network may need ?"), line);
        }
    }

    @Test
    void anUnknownHostIsNamed() {
        String line = failure("postgresql://someone:" + PASSWORD + "@no-such-host.invalid/shop");
        assertTrue(line.contains("cannot reach the PostgreSQL server at no-such-host.invalid:5432 (unknown host"), line);
    }

    @ParameterizedTest
    @EnumSource(Server.class)
    void aWrongUserOrPasswordIsAnAuthenticationFailure(Server server) {
        try (ServerDatabases database = ServerDatabases.create(server)) {
            // PostgreSQL trusts local connections, so an unknown user is what it refuses; MariaDB checks passwords.
            String user = server == Server.POSTGRESQL ? "nobody_" + database.name : database.createUser("the-right-one");
            String line = failure(database.url(server.scheme, user, PASSWORD));
            assertTrue(line.contains("authentication failed for user '" + user + "' on 127.0.0.1:" + server.port
                    + ": check the user name and password"), line);
        }
    }

    @ParameterizedTest
    @EnumSource(Server.class)
    void aMissingDatabaseSaysHowToCreateIt(Server server) {
        String name;
        try (ServerDatabases database = ServerDatabases.create(server)) {
            name = database.name;
        }
        // MariaDB's root has no password here (one would be refused before the database is looked up).
        String credentials = server.adminUser + (server == Server.POSTGRESQL ? ":" + PASSWORD : "");
        String line = failure(server.scheme + "://" + credentials + "@127.0.0.1:" + server.port + "/" + name);
        String create = server == Server.POSTGRESQL
                ? "create it with: createdb -h 127.0.0.1 -p 5432 -U postgres " + name
                : "create it with: mysql -h 127.0.0.1 -P 3306 -u root -e 'CREATE DATABASE `" + name + "`'";
        assertTrue(line.contains("database '" + name + "' does not exist on 127.0.0.1:" + server.port + "; " + create), line);
    }

    @ParameterizedTest
    @EnumSource(Server.class)
    void aMissingDriverNamesTheDependencyToAdd(Server server) {
        String jar = server == Server.POSTGRESQL ? "/postgresql-" : "/mariadb-java-client-";
        String classpath = Arrays.stream(ShellProcess.classpath().split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains(jar))
                .collect(Collectors.joining(java.io.File.pathSeparator));
        String url = server.scheme + "://u:" + PASSWORD + "@127.0.0.1/shop";
        Result result = ShellProcess.runOnClasspath(classpath, dir, "", Map.of(), "run", script(), "--url", url);
        String line = oneErrorLine(result);
        String artifact = server == Server.POSTGRESQL ? "org.postgresql:postgresql" : "org.mariadb.jdbc:mariadb-java-client";
        assertTrue(line.contains("JDBC driver") && line.contains("is not on the classpath (add the Maven dependency "
                + artifact + " to pom.xml)"), line);
    }

    @Test
    void aJdbcUrlNoDriverAcceptsSaysSo() {
        String line = failure("jdbc:oracle:thin:@db:1521/shop?user=u&password=" + PASSWORD);
        assertTrue(line.contains("no JDBC driver on the classpath accepts this URL"), line);
    }

    @Test
    void aUrlThatCannotBeParsedSaysWhy() {
        String line = failure("postgresql://u:" + PASSWORD + "/with-slash@127.0.0.1/shop");
        assertTrue(line.startsWith("error: Cannot parse database URL 'postgresql://u:***@127.0.0.1/shop'"), line);
        assertTrue(line.contains("%2F"), line);
    }

    @Test
    void anUnknownKindOfDatabaseIsNamed() {
        String line = failure("mssql://u:" + PASSWORD + "@127.0.0.1/shop");
        assertTrue(line.startsWith("error: Unknown database kind 'mssql'"), line);
    }

    /** Runs a one-line script against the URL and returns the single error line, checking the rules every error obeys. */
    private String failure(String url) {
        return oneErrorLine(ShellProcess.run(dir, "", "run", script(), "--url", url));
    }

    private static String oneErrorLine(Result result) {
        List<String> lines = result.err().lines().toList();
        assertAll(
                () -> assertEquals(1, result.exitCode(), result.err()),
                () -> assertEquals("", result.out(), "nothing runs when the database cannot be opened"),
                () -> assertEquals(1, lines.size(), "one line: " + result.err()),
                () -> assertTrue(lines.get(0).startsWith("error: "), result.err()),
                () -> assertFalse(result.err().contains(PASSWORD), "the password leaked: " + result.err()));
        return lines.get(0);
    }

    private String script() {
        try {
            return Files.writeString(dir.resolve("count.jsh"), "Role.query.count()\n").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String product(Server server) {
        return server == Server.POSTGRESQL ? "PostgreSQL" : "MariaDB/MySQL";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
