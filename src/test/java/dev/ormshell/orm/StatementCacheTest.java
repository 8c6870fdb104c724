package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class StatementCacheTest {

    @TempDir
    Path folder;
    String url;
    DataSource cache;

    @BeforeEach
    void createTable() throws SQLException {
        url = "jdbc:sqlite:" + folder.resolve("cache.sqlite");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("pragma journal_mode = wal");
            s.executeUpdate("create table t (id integer primary key, name varchar(20))");
            s.executeUpdate("insert into t (name) values ('a'), ('b'), ('c')");
        }
        SQLiteDataSource sqlite = new SQLiteDataSource();
        sqlite.setUrl(url);
        cache = new StatementCache(sqlite);
    }

    // The driver's own statement behind a handle.
    private static PreparedStatement physical(PreparedStatement handle) throws SQLException {
        return handle.unwrap(PreparedStatement.class);
    }

    private static List<String> names(PreparedStatement statement) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString("name"));
            }
        }
        return names;
    }

    @Test
    void theSameSqlPreparedAgainGetsTheSameStatementBack() throws SQLException {
        try (Connection c = cache.getConnection()) {
            PreparedStatement first = c.prepareStatement("select name from t where id = ?");
            PreparedStatement driverStatement = physical(first);
            first.setLong(1, 2);
            assertEquals(List.of("b"), names(first));
            first.close();

            PreparedStatement second = c.prepareStatement("select name from t where id = ?");
            assertSame(driverStatement, physical(second));
            // The parameters were cleared (an unset one is NULL): nothing of the first use carries over.
            assertEquals(List.of(), names(second));
            second.setLong(1, 3);
            assertEquals(List.of("c"), names(second));
            second.close();
        }
    }

    @Test
    void aClosedHandleCannotTouchTheStatementItsNextBorrowerHas() throws SQLException {
        try (Connection c = cache.getConnection()) {
            PreparedStatement first = c.prepareStatement("select name from t where id = ?");
            first.close();
            first.close(); // twice is harmless
            assertTrue(first.isClosed());
            PreparedStatement second = c.prepareStatement("select name from t where id = ?");
            assertThrows(SQLException.class, () -> first.setLong(1, 1));
            assertFalse(second.isClosed());
        }
    }

    @Test
    void aKeptStatementDoesNotHoldAnOldSnapshot() throws SQLException {
        try (Connection reader = cache.getConnection(); Connection writer = DriverManager.getConnection(url)) {
            try (PreparedStatement all = reader.prepareStatement("select name from t order by id")) {
                // Read only the first row, and leave the rest unread.
                ResultSet rows = all.executeQuery();
                assertTrue(rows.next());
            }
            try (Statement insert = writer.createStatement()) {
                insert.executeUpdate("insert into t (name) values ('d')");
            }
            // Another statement on the same connection: a kept statement left mid-read would hold
            // the connection's read transaction open, and this would still see three rows.
            try (PreparedStatement count = reader.prepareStatement("select count(*) from t");
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                assertEquals(4, rows.getInt(1));
            }
        }
    }

    @Test
    void aStarQueryIsNeverKeptSoItSeesNewColumns() throws SQLException {
        try (Connection c = cache.getConnection()) {
            PreparedStatement first = c.prepareStatement("select * from t");
            PreparedStatement driverStatement = physical(first);
            first.close();
            try (Statement alter = c.createStatement()) {
                alter.executeUpdate("alter table t add column email varchar(40)");
            }
            try (PreparedStatement second = c.prepareStatement("select * from t");
                 ResultSet rows = second.executeQuery()) {
                assertNotSame(driverStatement, physical(second));
                assertEquals(3, rows.getMetaData().getColumnCount());
            }
        }
        assertTrue(StatementCache.reusable("select count(*) from users where role_id = ?"));
        assertFalse(StatementCache.reusable("select u.* from users u"));
        assertFalse(StatementCache.reusable("create table x (id integer)"));
        assertTrue(StatementCache.reusable("  INSERT into t (name) values (?)"));
    }

    @Test
    void aStatementWithChangedSettingsIsClosedNotKept() throws SQLException {
        try (Connection c = cache.getConnection()) {
            PreparedStatement limited = c.prepareStatement("select name from t order by id");
            limited.setMaxRows(1);
            PreparedStatement driverStatement = physical(limited);
            assertEquals(List.of("a"), names(limited));
            limited.close();
            assertTrue(driverStatement.isClosed());
            try (PreparedStatement again = c.prepareStatement("select name from t order by id")) {
                assertEquals(List.of("a", "b", "c"), names(again));
            }
        }
    }

    @Test
    void closingTheConnectionClosesItsKeptStatements() throws SQLException {
        PreparedStatement driverStatement;
        try (Connection c = cache.getConnection()) {
            PreparedStatement statement = c.prepareStatement("select name from t");
            driverStatement = physical(statement);
            statement.close();
            assertFalse(driverStatement.isClosed());
        }
        assertTrue(driverStatement.isClosed());
    }
}
