package dev.ormshell.schema;

import dev.ormshell.config.DatabaseKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;

/**
 * SQLAlchemy's {@code create_all()}: creates the model's tables that the database lacks, with
 * their keys, foreign keys and indexes, and leaves existing tables alone. Running it twice
 * changes nothing the second time.
 */
public final class SchemaCreator {

    private SchemaCreator() {
    }

    /** Creates the missing tables (and id sequences) in one transaction; returns the names of the tables created. */
    public static List<String> createMissing(DataSource dataSource, Metadata metadata, DatabaseKind kind) throws SQLException {
        SchemaDialect dialect = SchemaDialect.of(kind);
        Schema model = ModelSchema.read(metadata);
        IdSequences sequences = new IdSequences(metadata);
        try (Connection connection = dataSource.getConnection()) {
            Schema live = LiveSchema.read(connection, dialect, Set.of());
            List<String> created = new ArrayList<>();
            List<String> statements = new ArrayList<>(sequences.createMissing(connection, dialect));
            for (TableShape table : Schema.parentsFirst(model.tables())) {
                if (live.table(table.name()).isEmpty()) {
                    created.add(table.name());
                    statements.addAll(dialect.createTable(table));
                }
            }
            statements.addAll(sequences.initialRows(created));
            executeInTransaction(connection, statements);
            return created;
        }
    }

    /** The model's tables that the database does not have yet, parents first. */
    public static List<String> missingTables(DataSource dataSource, Metadata metadata, DatabaseKind kind) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Schema live = LiveSchema.read(connection, SchemaDialect.of(kind), Set.of());
            return Schema.parentsFirst(ModelSchema.read(metadata).tables()).stream()
                    .map(TableShape::name).filter(name -> live.table(name).isEmpty()).toList();
        }
    }

    /**
     * SQLAlchemy's {@code drop_all()}: drops the model's tables that exist, those that refer to
     * others first, and its id sequences, in one transaction; other tables (Flyway's history) stay. Returns the names dropped.
     */
    public static List<String> dropExisting(DataSource dataSource, Metadata metadata, DatabaseKind kind) throws SQLException {
        SchemaDialect dialect = SchemaDialect.of(kind);
        List<TableShape> parentsFirst = Schema.parentsFirst(ModelSchema.read(metadata).tables());
        try (Connection connection = dataSource.getConnection()) {
            Schema live = LiveSchema.read(connection, dialect, Set.of());
            List<String> dropped = new ArrayList<>();
            for (int i = parentsFirst.size() - 1; i >= 0; i--) {
                String name = parentsFirst.get(i).name();
                live.table(name).ifPresent(table -> dropped.add(table.name()));
            }
            List<String> statements = new ArrayList<>(dropped.stream().map(name -> "DROP TABLE " + name).toList());
            statements.addAll(new IdSequences(metadata).dropExisting(connection, dialect));
            executeInTransaction(connection, statements);
            return dropped;
        }
    }

    /** Runs the statements as one unit: all of them, or (where DDL is transactional) none. */
    public static void executeInTransaction(Connection connection, List<String> statements) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
