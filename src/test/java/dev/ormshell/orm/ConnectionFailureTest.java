package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormshell.config.DatabaseUrl;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** How driver errors read to the user; the real servers' errors are checked end to end in ServerErrorsTest. */
class ConnectionFailureTest {

    static final DatabaseUrl PG = DatabaseUrl.parse("postgresql://alice:s3cret@db.example:6543/shop");
    static final DatabaseUrl MARIADB = DatabaseUrl.parse("mysql://bob:s3cret@db.example/shop");

    @Test
    void refusedUnknownAndSilentServersAreNamedWithHostAndPort() {
        assertEquals("Cannot open database postgresql://alice:***@db.example:6543/shop: cannot reach the PostgreSQL"
                        + " server at db.example:6543 (connection refused: is the server running, on this host and port?)",
                message(PG, new SQLException("Connection to db.example:6543 refused", "08001", new ConnectException())));
        assertEquals("Cannot open database mysql://bob:***@db.example/shop: cannot reach the MariaDB/MySQL server at"
                        + " db.example:3306 (unknown host 'db.example')",
                message(MARIADB, new SQLException("Socket fail", "08000", new UnknownHostException("db.example"))));
        assertEquals("Cannot open database mysql://bob:***@db.example/shop: cannot reach the MariaDB/MySQL server at"
                        + " db.example:3306 (no answer within 2 s; a slow network may need ?connectTimeout=10000)",
                message(MARIADB, new SQLException("Socket timeout", "08000", new SocketTimeoutException())));
        assertEquals("Cannot open database postgresql://alice:***@db.example:6543/shop: cannot reach the PostgreSQL"
                        + " server at db.example:6543 (no answer within 2 s; a slow network may need ?loginTimeout=10)",
                message(PG, new SQLException("Connection attempt timed out.", "08001")));
        DatabaseUrl patient = DatabaseUrl.parse("postgresql://alice@db.example/shop?loginTimeout=30");
        assertEquals("Cannot open database postgresql://alice@db.example/shop?loginTimeout=30: cannot reach the PostgreSQL"
                        + " server at db.example:5432 (no answer in the time the URL allows)",
                message(patient, new SQLException("Connection attempt timed out.", "08001")));
    }

    @Test
    void refusedCredentialsAreAnAuthenticationFailure() {
        String expected = "Cannot open database postgresql://alice:***@db.example:6543/shop: authentication failed for"
                + " user 'alice' on db.example:6543: check the user name and password (%s)";
        String pgMessage = "password authentication failed for user \"alice\"";
        assertEquals(String.format(expected, pgMessage), message(PG, new SQLException("FATAL: " + pgMessage, "28P01")));
        String noPassword = "The server requested SCRAM-based authentication, but no password was provided.";
        assertEquals(String.format(expected, noPassword), message(PG, new SQLException(noPassword, "08004")));
        assertEquals("Cannot open database mysql://bob:***@db.example/shop: authentication failed for user 'bob' on"
                        + " db.example:3306: check the user name and password (Access denied for user 'bob'@'x')",
                message(MARIADB, new SQLException("(conn=7) Access denied for user 'bob'@'x'", "28000", 1045)));
    }

    @Test
    void aMissingDatabaseComesWithTheCommandThatCreatesIt() {
        assertEquals("Cannot open database postgresql://alice:***@db.example:6543/shop: database 'shop' does not exist"
                        + " on db.example:6543; create it with: createdb -h db.example -p 6543 -U alice shop"
                        + " (or CREATE DATABASE shop;)",
                message(PG, new SQLException("FATAL: database \"shop\" does not exist", "3D000")));
        assertEquals("Cannot open database mysql://bob:***@db.example/shop: database 'shop' does not exist on"
                        + " db.example:3306; create it with: mysql -h db.example -P 3306 -u bob -p -e 'CREATE DATABASE `shop`'",
                message(MARIADB, new SQLException("Unknown database 'shop'", "42000", 1049)));
    }

    @Test
    void anythingElseIsTheDriversOwnWordsWithThePasswordMasked() {
        assertEquals("Cannot open database postgresql://alice:***@db.example:6543/shop: bad option near *** in startup",
                message(PG, new SQLException("bad option near s3cret in startup", "XX000")));
    }

    @Test
    void aMissingDriverNamesTheDependency() {
        assertEquals("Cannot open database mysql://bob:***@db.example/shop: the MariaDB/MySQL JDBC driver"
                        + " org.mariadb.jdbc.Driver is not on the classpath (add the Maven dependency"
                        + " org.mariadb.jdbc:mariadb-java-client to pom.xml)",
                ConnectionFailure.driverMissing(MARIADB).getMessage());
    }

    private static String message(DatabaseUrl url, SQLException error) {
        return ConnectionFailure.explain(url, new RuntimeException("Failed to initialize pool", error)).getMessage();
    }
}
