package dev.ormshell.bench;

import dev.ormshell.config.DatabaseKind;
import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.model.Models;
import dev.ormshell.model.Role;
import dev.ormshell.orm.Database;
import dev.ormshell.orm.Db;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The database the benchmark runs on, opened twice: by the shell's own stack (pool, Hibernate,
 * facade) and by one plain JDBC connection. It must start without users or roles, and it is left
 * as it was found: the benchmark's rows are deleted, and tables it created are dropped.
 */
final class BenchDatabase implements AutoCloseable {

    private final Database database;
    private final Db db;
    private final Connection jdbc;
    private boolean createdTables;
    // Only rows of a database that was empty are ever deleted: a refused database is left untouched.
    private boolean ours;

    private BenchDatabase(Database database, Connection jdbc) {
        this.database = database;
        this.db = new Db(database);
        this.jdbc = jdbc;
    }

    static BenchDatabase open(DatabaseUrl url) throws SQLException {
        Database database = Database.open(url, Models.ALL);
        try {
            return new BenchDatabase(database, plainConnection(url));
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    // The same connection settings the shell's pool uses, so both sides see the same database.
    private static Connection plainConnection(DatabaseUrl url) throws SQLException {
        Properties properties = new Properties();
        if (url.user() != null) {
            properties.setProperty("user", url.user());
        }
        if (url.password() != null) {
            properties.setProperty("password", url.password());
        }
        if (url.kind() == DatabaseKind.SQLITE) {
            properties.setProperty("foreign_keys", "true");
            properties.setProperty("busy_timeout", "5000");
        }
        Connection connection = DriverManager.getConnection(url.jdbcUrl(), properties);
        connection.setAutoCommit(false);
        return connection;
    }

    /** Creates the tables if they are missing, refuses a database that has rows, adds the chapter's three roles. */
    void prepare() throws SQLException {
        if (!db.database().missingTables().isEmpty()) {
            db.createAll();
            createdTables = true;
        }
        long rows = count("users") + count("roles");
        if (rows > 0) {
            throw new BenchException("The database already has users or roles: the benchmark inserts and deletes "
                    + "rows, so give --url of a scratch database (or leave --url out for a temporary SQLite file)");
        }
        ours = true;
        Db.use(db);
        db.session.addAll(new Role("Admin"), new Role("Moderator"), new Role("User"));
        db.session.commit();
        db.session.close();
    }

    /** Untimed, between steps: no users left, and the facade starts with a fresh session. */
    void deleteAllUsers() throws SQLException {
        db.session.close();
        try (Statement statement = jdbc.createStatement()) {
            statement.executeUpdate("delete from users");
        }
        jdbc.commit();
    }

    /** Untimed, between steps: the next step's facade side starts with an empty session, as after a restart. */
    void freshSession() {
        db.session.close();
    }

    long count(String table) throws SQLException {
        long count;
        try (Statement statement = jdbc.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            count = rows.getLong(1);
        }
        // Ends the read: an open read keeps a SQLite lock that would stop the facade's commits.
        jdbc.commit();
        return count;
    }

    /** Untimed: the users at this offset, ordered by id, as (id, username, role id). */
    List<Object[]> usersById(int offset, int limit) throws SQLException {
        List<Object[]> users = JdbcWorkloads.usersById(jdbc, offset, limit);
        jdbc.commit();
        return users;
    }

    /** Untimed: puts users read by {@link #usersById} back, with their ids. */
    void insertUsers(List<Object[]> users) throws SQLException {
        db.session.close();
        try (PreparedStatement insert = jdbc.prepareStatement("insert into users (id, username, role_id) values (?, ?, ?)")) {
            for (Object[] user : users) {
                insert.setLong(1, (Long) user[0]);
                insert.setString(2, (String) user[1]);
                insert.setLong(3, (Long) user[2]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        jdbc.commit();
    }

    Db db() {
        return db;
    }

    Connection jdbc() {
        return jdbc;
    }

    @Override
    public void close() throws SQLException {
        try {
            db.session.close();
            if (ours) {
                try (Statement statement = jdbc.createStatement()) {
                    statement.executeUpdate("delete from users");
                    statement.executeUpdate("delete from roles");
                }
                jdbc.commit();
            }
            jdbc.close();
            if (createdTables) {
                db.dropAll();
            }
        } finally {
            Db.use(null);
            database.close();
        }
    }
}
