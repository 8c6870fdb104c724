package dev.ormshell.orm;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import com.zaxxer.hikari.util.DriverDataSource;
import dev.ormshell.config.DatabaseKind;
import dev.ormshell.config.DatabaseUrl;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import javax.sql.DataSource;

/**
 * Opens the JDBC connection pool for a database URL, sized and timed for a shell: few
 * connections (one for the session, one for migrations or a second query), one attempt to
 * connect that gives up within seconds with one clear line, and idle connections kept alive
 * and checked before use, so a shell left open for hours still works.
 */
final class ConnectionPool {

    /**
     * How long connecting to a server may take before the shell says it got no answer: short
     * enough that, with the JVM's start, a user hears within 5 s; a URL parameter such as
     * {@code ?connectTimeout=10} allows a slow network more.
     */
    static final int CONNECT_TIMEOUT_SECONDS = 2;

    private ConnectionPool() {
    }

    /**
     * The pool for {@code url}; {@code file} is its checked SQLite file, or null for a server or
     * memory. A driver the shell does not ship is looked for on {@code models}'s class path (the
     * caller makes that loader the thread's context loader, where HikariCP loads the driver from).
     */
    static HikariDataSource open(DatabaseUrl url, SqliteFile file, ClassLoader models) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("orm-shell");
        config.setJdbcUrl(file == null ? url.jdbcUrl() : file.jdbcUrl(url.jdbcUrl()));
        config.setUsername(url.user());
        config.setPassword(url.password());
        config.setDriverClassName(driverFor(url, models));
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS * 1000L);
        // One attempt, no retry loop: a user who typed a wrong URL hears about it at once.
        config.setInitializationFailTimeout(1);
        // A shell sits idle between snippets: keep its connection alive through firewalls and
        // server idle limits (borrowing also re-checks a connection that has been idle).
        config.setKeepaliveTime(120_000);
        switch (url.kind()) {
            case SQLITE -> sqliteSettings(config, url, file);
            case POSTGRESQL -> {
                // connectTimeout covers only the TCP connect: without a login timeout, a port that
                // accepts and never answers would keep the shell waiting forever.
                if (!urlSets(url, "connectTimeout") && !urlSets(url, "loginTimeout")) {
                    config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
                    config.addDataSourceProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
                }
                setUnlessInUrl(config, url, "ApplicationName", "orm-shell");
            }
            case MARIADB -> setUnlessInUrl(config, url, "connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS * 1000));
            case OTHER -> { }
        }
        if (url.kind() == DatabaseKind.SQLITE) {
            // SQLite's driver prepares every statement anew; keep them per connection (see StatementCache).
            config.setDataSource(new StatementCache(direct(config)));
        }
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException | IllegalStateException e) {
            throw ConnectionFailure.explain(url, e);
        }
    }

    /** Connections made as the pool makes them, without the pool (see ReconnectingDataSource). */
    static DataSource direct(HikariConfig config) {
        return new DriverDataSource(config.getJdbcUrl(), config.getDriverClassName(), config.getDataSourceProperties(),
                config.getUsername(), config.getPassword());
    }

    private static void sqliteSettings(HikariConfig config, DatabaseUrl url, SqliteFile file) {
        config.addDataSourceProperty("foreign_keys", "true");
        // Wait for another process's write lock instead of failing at once with SQLITE_BUSY.
        config.addDataSourceProperty("busy_timeout", "5000");
        if (file != null && file.openMode() != null) {
            // Read-only: no journal mode to set (that is a write), and SQLite refuses every write itself.
            config.addDataSourceProperty("open_mode", file.openMode());
            config.setReadOnly(true); // or the pool asks the driver for read-write, which it refuses
        } else if (file != null && !urlSets(url, "journal_mode")) {
            // Write-ahead logging: a read outside a transaction (every query of the shell between
            // commits) no longer takes and drops file locks and re-checks the journal, which made a
            // lookup by username cost ~20 µs instead of ~6 µs (measured, `bench` W2); readers and one
            // writer no longer block each other, so another program can read while the shell writes.
            // Commits stay as durable as before (synchronous is left at its default, FULL). The file
            // stays in WAL mode, which every SQLite program on the same machine reads transparently.
            config.addDataSourceProperty("journal_mode", "WAL");
        }
        if (url.sqliteFile() == null) {
            // An in-memory database lives only while a connection to it is open.
            config.setMaximumPoolSize(1);
            config.setMaxLifetime(0);
            config.setIdleTimeout(0);
            config.setKeepaliveTime(0);
        }
    }

    /** A driver property, unless the user's URL sets it already (the URL wins). */
    private static void setUnlessInUrl(HikariConfig config, DatabaseUrl url, String property, String value) {
        if (!urlSets(url, property)) {
            config.addDataSourceProperty(property, value);
        }
    }

    /** Whether the URL gives this driver parameter itself. */
    static boolean urlSets(DatabaseUrl url, String parameter) {
        return url.jdbcUrl().toLowerCase(Locale.ROOT).matches(".*[?&;]" + parameter.toLowerCase(Locale.ROOT) + "=.*");
    }

    /**
     * The driver's class name. DriverManager cannot serve here: it only hands out drivers its
     * caller's loader can see, and an application's driver (H2, say) lives in the model's loader.
     */
    private static String driverFor(DatabaseUrl url, ClassLoader models) {
        String driver = url.kind().driverClass();
        if (driver != null) {
            try {
                Class.forName(driver);
                return driver;
            } catch (ClassNotFoundException e) {
                throw ConnectionFailure.driverMissing(url);
            }
        }
        Iterator<Driver> drivers = ServiceLoader.load(Driver.class, models).iterator();
        while (true) {
            try {
                if (!drivers.hasNext()) {
                    throw ConnectionFailure.driverMissing(url);
                }
                Driver candidate = drivers.next();
                if (candidate.acceptsURL(url.jdbcUrl())) {
                    return candidate.getClass().getName();
                }
            } catch (ServiceConfigurationError | SQLException | LinkageError e) {
                // A driver that cannot be loaded accepts nothing: ask the next one.
            }
        }
    }
}
