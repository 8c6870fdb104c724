package dev.ormshell.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Database;
import org.hibernate.boot.model.relational.InitCommand;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.mapping.Table;

/**
 * What Hibernate's id generators draw from besides identity columns: the sequences of
 * {@code @GeneratedValue} (AUTO or SEQUENCE) ids on PostgreSQL and MariaDB, and on SQLite, which
 * has no sequences, the one-row tables standing in for them (which must hold their first value).
 * The statements are Hibernate's own, for the model's dialect.
 */
final class IdSequences {

    private final Metadata metadata;
    private final SqlStringGenerationContext context;

    IdSequences(Metadata metadata) {
        this.metadata = metadata;
        Database database = metadata.getDatabase();
        this.context = SqlStringGenerationContextImpl.fromExplicit(database.getJdbcEnvironment(), database, null, null);
    }

    /** CREATE SEQUENCE for each of the model's sequences the database lacks. */
    List<String> createMissing(Connection connection, SchemaDialect dialect) throws SQLException {
        List<String> existing = existing(connection, dialect);
        List<String> statements = new ArrayList<>();
        for (Sequence sequence : sequences()) {
            if (!contains(existing, sequence)) {
                statements.addAll(Arrays.asList(database().getDialect().getSequenceExporter()
                        .getSqlCreateStrings(sequence, metadata, context)));
            }
        }
        return statements;
    }

    /** DROP SEQUENCE for each of the model's sequences the database has. */
    List<String> dropExisting(Connection connection, SchemaDialect dialect) throws SQLException {
        List<String> existing = existing(connection, dialect);
        List<String> statements = new ArrayList<>();
        for (Sequence sequence : sequences()) {
            if (contains(existing, sequence)) {
                statements.addAll(Arrays.asList(database().getDialect().getSequenceExporter()
                        .getSqlDropStrings(sequence, metadata, context)));
            }
        }
        return statements;
    }

    /** The rows that tables just created must start with (the first value of a table standing in for a sequence). */
    List<String> initialRows(Collection<String> createdTables) {
        List<String> statements = new ArrayList<>();
        for (Namespace namespace : database().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                if (createdTables.stream().anyMatch(name -> Names.same(name, table.getName()))) {
                    for (InitCommand command : table.getInitCommands(context)) {
                        statements.addAll(Arrays.asList(command.initCommands()));
                    }
                }
            }
        }
        return statements;
    }

    private Database database() {
        return metadata.getDatabase();
    }

    private List<Sequence> sequences() {
        List<Sequence> sequences = new ArrayList<>();
        if (database().getDialect().getSequenceSupport().supportsSequences()) {
            database().getNamespaces().forEach(namespace -> namespace.getSequences().forEach(sequences::add));
        }
        return sequences;
    }

    private static boolean contains(List<String> names, Sequence sequence) {
        return names.stream().anyMatch(name -> Names.same(name, sequence.getName().getSequenceName().getText()));
    }

    private static List<String> existing(Connection connection, SchemaDialect dialect) throws SQLException {
        List<String> names = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(dialect.metadataCatalog(connection), dialect.metadataSchema(connection), "%",
                new String[] {"SEQUENCE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
