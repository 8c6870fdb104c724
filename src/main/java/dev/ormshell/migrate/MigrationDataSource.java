package dev.ormshell.migrate;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormshell.config.DatabaseKind;
import dev.ormshell.orm.DelegatingDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The pool's connections as migrations need them, set up while borrowed and put back as they
 * were. On SQLite foreign keys are off, as SQLite's procedure for the changes ALTER TABLE cannot
 * make requires (otherwise a rebuild's DROP TABLE deletes the child rows of ON DELETE CASCADE);
 * {@link ForeignKeyCheck} runs before each commit in their place. On MariaDB strict mode is on,
 * so that a value that no longer fits fails instead of being cut.
 */
final class MigrationDataSource extends DelegatingDataSource {

    private final String prepare;
    private final String restore;
    private final DatabaseKind kind;

    MigrationDataSource(DataSource pool, DatabaseKind kind) {
        super(pool);
        this.kind = kind;
        this.prepare = switch (kind) {
            case SQLITE -> "PRAGMA foreign_keys = OFF";
            case MARIADB -> "SET @ormshell_sql_mode = @@SESSION.sql_mode,"
                    + " SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'STRICT_ALL_TABLES')";
            default -> null;
        };
        this.restore = switch (kind) {
            case SQLITE -> "PRAGMA foreign_keys = ON";
            case MARIADB -> "SET SESSION sql_mode = @ormshell_sql_mode";
            default -> null;
        };
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = target.getConnection();
        if (prepare == null) {
            return connection;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(prepare);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return wrap(connection);
    }

    @Override
    protected Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        putBack(connection);
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Restores the connection's settings, or takes it out of the pool when that cannot be made sure of. */
    private void putBack(Connection connection) throws SQLException {
        boolean restored;
        try (Statement statement = connection.createStatement()) {
            if (!connection.getAutoCommit()) {
                connection.rollback(); // SQLite ignores the pragma inside a transaction
                connection.setAutoCommit(true);
            }
            statement.execute(restore);
            restored = kind != DatabaseKind.SQLITE || foreignKeysOn(statement);
        } catch (SQLException e) {
            restored = false;
        }
        if (!restored && target.isWrapperFor(HikariDataSource.class)) {
            target.unwrap(HikariDataSource.class).evictConnection(connection);
        } else {
            connection.close();
        }
    }

    private static boolean foreignKeysOn(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("PRAGMA foreign_keys")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }
}
