package dev.ormshell.repl;

import dev.ormshell.orm.UnitOfWork;
import dev.ormshell.schema.ForeignKeyShape;
import dev.ormshell.schema.LiveSchema;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The database's own description of its tables, columns, indexes and foreign keys (JDBC metadata), read on
 * the session's connection so that tables created in the open transaction show up too.
 */
public final class SchemaReader {

    /** One column of a table, as the database describes it. */
    public record Column(String name, String type, boolean nullable, boolean primaryKey) {
    }

    /** One index of a table. */
    public record Index(String name, boolean unique, List<String> columns) {
    }

    private final UnitOfWork session;
    // The other schemas (PostgreSQL) or databases (MariaDB) whose tables the model maps.
    private final List<String> modelNamespaces;

    SchemaReader(UnitOfWork session, List<String> modelNamespaces) {
        this.session = session;
        this.modelNamespaces = List.copyOf(modelNamespaces);
    }

    /**
     * The names of the tables (not views or the database's internal tables), sorted: those of the
     * connection's own schema by name, those of another schema the model maps as {@code schema.table}.
     */
    public List<String> tables() {
        return session.withConnection(false, connection -> {
            List<String> names = new ArrayList<>();
            addTables(connection, place(connection, null, null), "", names);
            for (String namespace : modelNamespaces) {
                addTables(connection, place(connection, namespace, null), namespace + ".", names);
            }
            names.sort(String.CASE_INSENSITIVE_ORDER);
            return names;
        });
    }

    private static void addTables(Connection connection, Place place, String prefix, List<String> names) throws SQLException {
        try (ResultSet rs = metadata(connection).getTables(place.catalog(), place.schema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.toLowerCase(Locale.ROOT).startsWith("sqlite_") && !names.contains(prefix + name)) {
                    names.add(prefix + name);
                }
            }
        }
    }

    // Where a table named "t" or "namespace.t" is: a namespace is a schema where the database has
    // schemas (PostgreSQL), else a catalog (MariaDB's databases).
    private record Place(String catalog, String schema, String table) {
    }

    private static Place place(Connection connection, String table) throws SQLException {
        int dot = table.lastIndexOf('.');
        return dot < 0 ? place(connection, null, table) : place(connection, table.substring(0, dot), table.substring(dot + 1));
    }

    // A null namespace is the connection's own.
    private static Place place(Connection connection, String namespace, String table) throws SQLException {
        if (namespace == null) {
            return new Place(connection.getCatalog(), schemaOf(connection), table);
        }
        return schemaOf(connection) != null ? new Place(connection.getCatalog(), namespace, table) : new Place(namespace, null, table);
    }

    /** The columns of a table in their order; empty when there is no such table. */
    public List<Column> columns(String table) {
        return session.withConnection(false, connection -> {
            DatabaseMetaData meta = metadata(connection);
            Place place = place(connection, table);
            List<String> keys = new ArrayList<>();
            try (ResultSet rs = meta.getPrimaryKeys(place.catalog(), place.schema(), place.table())) {
                while (rs.next()) {
                    keys.add(rs.getString("COLUMN_NAME"));
                }
            }
            List<Column> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(place.catalog(), place.schema(), place.table(), "%")) {
                while (rs.next()) {
                    String name = rs.getString("COLUMN_NAME");
                    String type = rs.getString("TYPE_NAME");
                    int size = rs.getInt("COLUMN_SIZE");
                    boolean sized = type.toLowerCase(Locale.ROOT).contains("char") && size > 0 && size < 1_000_000;
                    columns.add(new Column(name, sized ? type + "(" + size + ")" : type,
                            rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, keys.contains(name)));
                }
            }
            return columns;
        });
    }

    /** The indexes of a table, with their columns in order. */
    public List<Index> indexes(String table) {
        return session.withConnection(false, connection -> {
            List<Index> indexes = new ArrayList<>();
            Place place = place(connection, table);
            try (ResultSet rs = metadata(connection).getIndexInfo(place.catalog(), place.schema(), place.table(), false, false)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    String column = rs.getString("COLUMN_NAME");
                    if (name == null || column == null) {
                        continue;
                    }
                    Index last = indexes.isEmpty() ? null : indexes.get(indexes.size() - 1);
                    if (last != null && last.name().equals(name)) {
                        last.columns().add(column);
                    } else {
                        List<String> columns = new ArrayList<>();
                        columns.add(column);
                        indexes.add(new Index(name, !rs.getBoolean("NON_UNIQUE"), columns));
                    }
                }
            }
            return indexes;
        });
    }

    /** The foreign keys of a table. */
    public List<ForeignKeyShape> foreignKeys(String table) {
        return session.withConnection(false, connection -> {
            Place place = place(connection, table);
            return LiveSchema.foreignKeys(metadata(connection), place.catalog(), place.schema(), place.table());
        });
    }

    /** The table's name as the database spells it (case-insensitive match), or null. */
    public String find(String table) {
        return tables().stream().filter(t -> t.equalsIgnoreCase(table)).findFirst().orElse(null);
    }

    private static DatabaseMetaData metadata(Connection connection) throws SQLException {
        return connection.getMetaData();
    }

    // PostgreSQL keeps tables in a schema (public); MySQL and SQLite have none beside the catalog.
    private static String schemaOf(Connection connection) throws SQLException {
        return connection.getSchema();
    }
}
