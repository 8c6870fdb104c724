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
import org.hibernate.MappingException;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.SessionFactoryBuilder;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
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
    private final Model model;

    private Database(DatabaseUrl url, String readOnlyReason, HikariDataSource pool, SpyingDataSource dataSource,
                     StandardServiceRegistry registry, Metadata metadata, SessionFactory sessionFactory, Model model) {
        this.model = model;
        this.url = url;
        this.readOnlyReason = readOnlyReason;
        this.pool = pool;
        this.dataSource = dataSource;
        this.registry = registry;
        this.metadata = metadata;
        this.sessionFactory = sessionFactory;
        this.associationLoads = AssociationLoads.watch(sessionFactory, dataSource);
    }

    /** The given classes of the shell's own class path, mapped with Hibernate's defaults. */
    public static Database open(DatabaseUrl url, List<Class<?>> entityClasses) {
        return open(url, Model.of(entityClasses));
    }

    /** Opens the database and maps the model as its application does. */
    public static Database open(DatabaseUrl url, Model model) {
        // HikariCP finds a driver that only the model's class path has, and jakarta.validation a
        // provider, through the thread's context loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(model.loader());
        try {
            return openWith(url, model);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Database openWith(DatabaseUrl url, Model model) {
        ValidationStart validation = ValidationStart.begin(model);
        SqliteFile file = url.sqliteFile() == null ? null : SqliteFile.check(url.sqliteFile());
        HikariDataSource pool = ConnectionPool.open(url, file, model.loader());
        SpyingDataSource dataSource = new SpyingDataSource(url.kind().isServer()
                ? new ReconnectingDataSource(pool, ConnectionPool.direct(pool), url) : pool);
        try {
            return map(url, file, pool, dataSource, model, validation);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * The same database (its pool, and the DataSource that echo, counts and cancel watch) with a
     * new Hibernate mapping of {@code model}: for /reload, after the entity classes changed. This
     * one's mapping stays usable until {@link #closeMapping()}; the new one owns the pool.
     */
    public Database remap(Model model) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(model.loader());
        try {
            return map(url, url.sqliteFile() == null ? null : SqliteFile.check(url.sqliteFile()), pool, dataSource, model,
                    ValidationStart.begin(model));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Database map(DatabaseUrl url, SqliteFile file, HikariDataSource pool, SpyingDataSource dataSource,
                                Model model, ValidationStart validation) {
        StandardServiceRegistry registry = null;
        try {
            BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(model.loader()).build();
            registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings(url, dataSource, model)).build();
            MetadataSources sources = new MetadataSources(registry);
            model.classes().forEach(sources::addAnnotatedClass);
            model.mappingResources().forEach(sources::addResource);
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
            SessionFactoryBuilder factoryBuilder = metadata.getSessionFactoryBuilder();
            validation.applyTo(factoryBuilder);
            SessionFactory sessionFactory = factoryBuilder.build();
            return new Database(url, file == null ? null : file.readOnlyReason(), pool, dataSource, registry, metadata,
                    sessionFactory, model);
        } catch (RuntimeException | LinkageError e) {
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry);
            }
            if (e instanceof MappingException || e instanceof LinkageError) {
                throw new ShellDatabaseException("Hibernate cannot map " + model.name() + ": "
                        + ErrorMessages.oneLine(String.valueOf(e.getMessage())), e);
            }
            throw ConnectionFailure.explain(url, (RuntimeException) e);
        }
    }

    private static Map<String, Object> settings(DatabaseUrl url, SpyingDataSource dataSource, Model model) {
        Map<String, Object> settings = new HashMap<>(model.settings());
        // The shell connects through its own pool and never changes the schema as it starts: the
        // application's connection and schema-generation settings (create-drop!) do not apply here.
        settings.keySet().removeIf(Database::isConnectionOrSchemaGeneration);
        if (!model.hasValidationProvider()) {
            // Spares Hibernate looking for a provider that is not there.
            settings.putIfAbsent(AvailableSettings.JAKARTA_VALIDATION_MODE, "none");
        }
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
        settings.putIfAbsent(AvailableSettings.STATEMENT_BATCH_SIZE, 100);
        settings.putIfAbsent(AvailableSettings.ORDER_INSERTS, true);
        settings.putIfAbsent(AvailableSettings.ORDER_UPDATES, true);
        settings.putIfAbsent(AvailableSettings.JSON_FORMAT_MAPPER, new LazyJsonFormat());
        return settings;
    }

    private static boolean isConnectionOrSchemaGeneration(String key) {
        return key.startsWith("hibernate.connection.") || key.startsWith("hibernate.hbm2ddl.")
                || key.matches("(jakarta|javax)\\.persistence\\.(jdbc\\.|schema-generation\\.|jtaDataSource|nonJtaDataSource|transactionType).*");
    }

    /**
     * Creates the model's tables that the database lacks, with their foreign keys and indexes
     * (Hibernate's own DDL on SQLite leaves both out), as {@code create_all()} does.
     */
    public void createMissingSchema() {
        try {
            if (url.kind() == DatabaseKind.OTHER) {
                HibernateSchema.create(metadata, registry);
            } else {
                SchemaCreator.createMissing(dataSource, metadata, url.kind());
            }
        } catch (SQLException | RuntimeException e) {
            throw new ShellDatabaseException("Cannot create the tables: " + ErrorMessages.databaseMessage(e), e);
        }
    }

    /** The model's tables this database lacks (empty when it cannot tell, e.g. an unknown product). */
    public List<String> missingTables() {
        try {
            return url.kind() == DatabaseKind.OTHER ? HibernateSchema.missingTables(dataSource, metadata)
                    : SchemaCreator.missingTables(dataSource, metadata, url.kind());
        } catch (SQLException | RuntimeException e) {
            return List.of();
        }
    }

    /** Drops the model's tables (others, such as Flyway's history, stay). */
    public void dropSchema() {
        try {
            if (url.kind() == DatabaseKind.OTHER) {
                HibernateSchema.drop(metadata, registry);
            } else {
                SchemaCreator.dropExisting(dataSource, metadata, url.kind());
            }
        } catch (SQLException | RuntimeException e) {
            throw new ShellDatabaseException("Cannot drop the tables: " + ErrorMessages.databaseMessage(e), e);
        }
    }

    /** What this mapping maps. */
    public Model model() {
        return model;
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

    /** Closes Hibernate's mapping only: the pool goes on serving the mapping that replaced it (see {@link #remap}). */
    public void closeMapping() {
        try {
            sessionFactory.close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    @Override
    public void close() {
        try {
            closeMapping();
        } finally {
            pool.close();
        }
    }
}
