package dev.ormshell.orm;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormshell.config.DatabaseKind;
import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.schema.SchemaCreator;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * An open database: its connection pool, and Hibernate's model of the given entity classes
 * (the {@link Metadata}, which migrations compare with the live schema) and SessionFactory.
 */
public final class Database implements AutoCloseable {

    private final DatabaseUrl url;
    private final HikariDataSource pool;
    private final SpyingDataSource dataSource;
    private final StandardServiceRegistry registry;
    private final Metadata metadata;
    private final SessionFactory sessionFactory;
    private final String readOnlyReason;
    private final AssociationLoads associationLoads;

    private Database(DatabaseUrl url, String readOnlyReason, HikariDataSource pool, SpyingDataSource dataSource,
                     StandardServiceRegistry registry, Metadata metadata, SessionFactory sessionFactory) {
        this.url = url;
        this.readOnlyReason = readOnlyReason;
        this.pool = pool;
        this.dataSource = dataSource;
        this.registry = registry;
        this.metadata = metadata;
        this.sessionFactory = sessionFactory;
        this.associationLoads = AssociationLoads.watch(sessionFactory, dataSource);
    }

    public static Database open(DatabaseUrl url, List<Class<?>> entityClasses) {
        SqliteFile file = url.sqliteFile() == null ? null : SqliteFile.check(url.sqliteFile());
        HikariDataSource pool = ConnectionPool.open(url, file);
        SpyingDataSource dataSource = new SpyingDataSource(url.kind().isServer()
                ? new ReconnectingDataSource(pool, ConnectionPool.direct(pool), url) : pool);
        StandardServiceRegistry registry = null;
        try {
            registry = new StandardServiceRegistryBuilder().applySettings(settings(url, dataSource)).build();
            MetadataSources sources = new MetadataSources(registry);
            entityClasses.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();
            // Batchable inserts with the ids the database would give (see each class for why that is safe).
            if (url.kind() == DatabaseKind.SQLITE) {
                SqliteRowIds.useFor(metadata);
                SqliteSequenceTables.useFor(metadata);
            } else if (url.kind() == DatabaseKind.POSTGRESQL) {
                PostgresIdentityIds.useFor(metadata, pool);
            }
            LazyProxies.keepOnlyWhereNeeded(metadata);
            // A failure in the user's words: a model's table missing, a server's connection lost, a write refused.
            MissingTable missing = new MissingTable(metadata.collectTableMappings().stream().map(table -> table.getName()).toList());
            UnaryOperator<SQLException> readOnly = file == null ? UnaryOperator.identity() : file::explainWrite;
            dataSource.explainWith(failure -> readOnly.apply(ConnectionFailure.lost(url, missing.explain(failure))));
            SessionFactory sessionFactory = metadata.buildSessionFactory();
            return new Database(url, file == null ? null : file.readOnlyReason(), pool, dataSource, registry, metadata,
                    sessionFactory);
        } catch (RuntimeException e) {
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry);
            }
            pool.close();
            throw ConnectionFailure.explain(url, e);
        }
    }

    private static Map<String, Object> settings(DatabaseUrl url, SpyingDataSource dataSource) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        if (url.kind() == DatabaseKind.SQLITE) {
            // Hibernate's own resolver does not know SQLite; its dialect is a community one.
            settings.put(AvailableSettings.DIALECT, ShellSqliteDialect.class.getName());
        }
        // Every other dialect, and its version, Hibernate reads from the server's metadata at boot
        // (PostgreSQLDialect, MariaDBDialect, MySQLDialect …): the SQL shown is that server's.
        settings.put(AvailableSettings.HBM2DDL_AUTO, "none");
        // Nothing to scan: the entity classes are given explicitly, which also keeps start-up short.
        settings.put("hibernate.archive.autodetection", "none");
        settings.put(AvailableSettings.STATEMENT_BATCH_SIZE, 100);
        settings.put(AvailableSettings.ORDER_INSERTS, true);
        settings.put(AvailableSettings.ORDER_UPDATES, true);
        return settings;
    }

    /**
     * Creates the model's tables that the database lacks, with their foreign keys and indexes
     * (Hibernate's own DDL on SQLite leaves both out), as {@code create_all()} does.
     */
    public void createMissingSchema() {
        try {
            SchemaCreator.createMissing(dataSource, metadata, url.kind());
        } catch (SQLException | RuntimeException e) {
            throw new ShellDatabaseException("Cannot create the tables: " + ErrorMessages.databaseMessage(e), e);
        }
    }

    /** The model's tables this database lacks (empty when it cannot tell, e.g. an unknown product). */
    public List<String> missingTables() {
        try {
            return SchemaCreator.missingTables(dataSource, metadata, url.kind());
        } catch (SQLException | RuntimeException e) {
            return List.of();
        }
    }

    /** Drops the model's tables (others, such as Flyway's history, stay). */
    public void dropSchema() {
        try {
            SchemaCreator.dropExisting(dataSource, metadata, url.kind());
        } catch (SQLException | RuntimeException e) {
            throw new ShellDatabaseException("Cannot drop the tables: " + ErrorMessages.databaseMessage(e), e);
        }
    }

    public DatabaseUrl url() {
        return url;
    }

    /** Why the database is open read-only ("folder /srv is not writable"), or null when it may be written. */
    public String readOnlyReason() {
        return readOnlyReason;
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    public Metadata metadata() {
        return metadata;
    }

    public StandardServiceRegistry serviceRegistry() {
        return registry;
    }

    /** The DataSource every connection of the shell comes from (echo, cancel and capture see it). */
    public SpyingDataSource dataSource() {
        return dataSource;
    }

    /**
     * Takes a connection out of the pool for good and closes it: one whose state cannot be
     * trusted any more, such as a SQLite connection whose transaction the database ended while
     * the driver still thinks it open (every later commit on it would fail).
     */
    void evict(Connection connection) {
        try {
            pool.evictConnection(connection.unwrap(Connection.class));
        } catch (SQLException | RuntimeException ignored) {
            // Not one of the pool's connections, or already closed: nothing to take out.
        }
    }

    /** The product's name for the banner, as Hibernate's dialect for it says: PostgreSQL, MariaDB, MySQL, H2 … */
    public String productName() {
        // The shell's own SQLite dialect (see ShellSqliteDialect) is named for what it changes.
        return url.kind() == DatabaseKind.SQLITE ? url.kind().productName()
                : dialect().getClass().getSimpleName().replace("Dialect", "");
    }

    /** What was loaded one object at a time through associations: the N+1 warnings. */
    public AssociationLoads associationLoads() {
        return associationLoads;
    }

    public Dialect dialect() {
        return sessionFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
            pool.close();
        }
    }
}
