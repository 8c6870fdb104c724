package dev.ormshell.orm;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.ormshell.config.DatabaseKind;
import dev.ormshell.config.DatabaseUrl;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Opens the JDBC connection pool for a database URL, failing fast with one clear line when
 * the database cannot be reached. A shell needs few connections: one for the session, one
 * for migrations or a second query.
 */
final class ConnectionPool {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private ConnectionPool() {
    }

    static HikariDataSource open(DatabaseUrl url) {
        if (url.sqliteFile() != null) {
            checkSqliteFile(url.sqliteFile());
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("orm-shell");
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.user());
        config.setPassword(url.password());
        if (url.kind().driverClass() != null) {
            config.setDriverClassName(url.kind().driverClass());
        }
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(5_000);
        if (url.kind() == DatabaseKind.SQLITE) {
            config.addDataSourceProperty("foreign_keys", "true");
            // Wait for another process's write lock instead of failing at once with SQLITE_BUSY.
            config.addDataSourceProperty("busy_timeout", "5000");
            if (url.sqliteFile() == null) {
                // An in-memory database lives only while a connection to it is open.
                config.setMaximumPoolSize(1);
                config.setMaxLifetime(0);
                config.setIdleTimeout(0);
            }
        }
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException | IllegalStateException e) {
            throw new ShellDatabaseException("Cannot open database " + url + ": " + ErrorMessages.databaseMessage(e), e);
        }
    }

    private static void checkSqliteFile(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new ShellDatabaseException("Cannot open database file " + file + ": folder " + folder
                    + " does not exist (create it first, or give another path)");
        }
        if (Files.isDirectory(file)) {
            throw new ShellDatabaseException("Cannot open database file " + file + ": it is a folder");
        }
        if (!Files.exists(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            if (header.length > 0 && !Arrays.equals(header, SQLITE_HEADER)) {
                throw new ShellDatabaseException("Cannot open database file " + file + ": it is not a SQLite database");
            }
        } catch (IOException e) {
            throw new ShellDatabaseException("Cannot read database file " + file + ": " + e.getMessage(), e);
        }
    }
}
