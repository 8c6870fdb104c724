package dev.ormshell.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ServerDatabases.Server;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentest4j.AssertionFailedError;

class ServerDatabasesTest {

    @ParameterizedTest
    @EnumSource(Server.class)
    void aDatabaseExistsWhileOpenAndIsGoneAfterwards(Server server) {
        String name;
        try (ServerDatabases database = ServerDatabases.create(server)) {
            name = database.name;
            database.query("create table t (x int)");
            database.query("insert into t values (42)");
            assertEquals("42", database.query("select x from t"));
        }
        String list = server == Server.POSTGRESQL
                ? "select count(*) from pg_database where datname = '" + name + "'"
                : "select count(*) from information_schema.schemata where schema_name = '" + name + "'";
        try (ServerDatabases other = ServerDatabases.create(server)) {
            assertEquals("0", other.query(list));
        }
    }

    @ParameterizedTest
    @EnumSource(Server.class)
    void aServerThatIsNotRunningFailsTheTestWithTheCommandThatStartsIt(Server server) throws IOException {
        int unused;
        try (ServerSocket socket = new ServerSocket(0)) {
            unused = socket.getLocalPort();
        }
        // A failure, not an aborted (skipped) test: CI must not pass without the servers.
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> ServerDatabases.create(server, unused));
        assertTrue(failure.getMessage().startsWith(server.product + " is not reachable at 127.0.0.1:" + unused), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("start it with: " + server.startCommand), failure.getMessage());
    }
}
