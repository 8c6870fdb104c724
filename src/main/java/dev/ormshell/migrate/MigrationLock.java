package dev.ormshell.migrate;

import dev.ormshell.config.DatabaseKind;
import dev.ormshell.config.DatabaseUrl;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Makes commands that change the schema take turns on one database, across processes: two
 * {@code db upgrade}s at once run one after the other, and the second finds nothing to do.
 * SQLite files are locked through a lock file in the temporary folder, servers through their
 * own named locks (PostgreSQL advisory locks, MariaDB GET_LOCK).
 */
final class MigrationLock implements AutoCloseable {

    private static final long LOCK_KEY = 0x6f726d7368656c6cL; // "ormshell"

    private final AutoCloseable release;

    private MigrationLock(AutoCloseable release) {
        this.release = release;
    }

    static MigrationLock acquire(DatabaseUrl url, DataSource dataSource) {
        try {
            if (url.kind() == DatabaseKind.SQLITE) {
                return sqlite(url.sqliteFile());
            }
            if (url.kind() == DatabaseKind.POSTGRESQL) {
                return server(dataSource, "SELECT pg_advisory_lock(" + LOCK_KEY + ")", "SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
            }
            if (url.kind() == DatabaseKind.MARIADB) {
                return server(dataSource, "SELECT GET_LOCK('ormshell_migrations', 600)", "SELECT RELEASE_LOCK('ormshell_migrations')");
            }
            return new MigrationLock(() -> { });
        } catch (IOException | SQLException e) {
            throw new MigrationException("Cannot lock the database for migrations: " + e.getMessage(), e);
        }
    }

    private static MigrationLock sqlite(Path file) throws IOException {
        String name = "ormshell-migrations-" + Integer.toHexString(file.toAbsolutePath().normalize().toString().hashCode()) + ".lock";
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), name);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock();
        return new MigrationLock(() -> {
            lock.release();
            channel.close();
        });
    }

    private static MigrationLock server(DataSource dataSource, String lockSql, String unlockSql) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement lock = connection.prepareStatement(lockSql); ResultSet rs = lock.executeQuery()) {
            rs.next();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new MigrationLock(() -> {
            try (connection; PreparedStatement unlock = connection.prepareStatement(unlockSql)) {
                unlock.executeQuery().close();
            }
        });
    }

    @Override
    public void close() {
        try {
            release.close();
        } catch (Exception e) {
            // The lock dies with its connection or process anyway; nothing the user can do.
        }
    }
}
