package dev.ormshell.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The schema a live database has, read through JDBC's {@link DatabaseMetaData}. Indexes the
 * database made by itself (for a primary key, a column's UNIQUE, a MariaDB foreign key) are
 * folded back into what they stand for, so the result compares with the model's.
 */
public final class LiveSchema {

    private LiveSchema() {
    }

    /** Reads every table of the connection's current schema except the ignored ones (e.g. Flyway's history). */
    public static Schema read(Connection connection, SchemaDialect dialect, Set<String> ignoredTables) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = dialect.metadataCatalog(connection);
        String schema = dialect.metadataSchema(connection);
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                boolean ignored = ignoredTables.stream().anyMatch(t -> t.equalsIgnoreCase(name));
                if (!ignored && !name.toLowerCase().startsWith("sqlite_")) {
                    names.add(name);
                }
            }
        }
        List<TableShape> tables = new ArrayList<>();
        for (String name : names) {
            tables.add(table(meta, catalog, schema, name, dialect));
        }
        return new Schema(tables);
    }

    private static TableShape table(DatabaseMetaData meta, String catalog, String schema, String table,
                                    SchemaDialect dialect) throws SQLException {
        Map<Integer, String> keyColumns = new TreeMap<>();
        String keyName = null;
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                keyColumns.put((int) rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                keyName = rs.getString("PK_NAME");
            }
        }
        List<String> primaryKey = List.copyOf(keyColumns.values());
        List<ForeignKeyShape> foreignKeys = foreignKeys(meta, catalog, schema, table);
        List<String> uniqueColumns = new ArrayList<>();
        List<IndexShape> indexes = new ArrayList<>();
        for (IndexShape index : indexes(meta, catalog, schema, table, dialect)) {
            boolean backsKey = Names.same(index.name(), keyName) || index.unique() && Names.sameList(index.columns(), primaryKey);
            // MariaDB's own index for a foreign key bears the key's name (or, for an unnamed key, its
            // column's); an index made on purpose on the same column is compared like any other.
            boolean backsForeignKey = !index.unique() && dialect.foreignKeysMakeIndexes()
                    && foreignKeys.stream().anyMatch(fk -> Names.sameList(fk.columns(), index.columns())
                            && (Names.same(index.name(), fk.name()) || Names.same(index.name(), fk.columns().get(0))));
            if (backsKey || backsForeignKey) {
                continue;
            }
            if (index.unique() && index.columns().size() == 1
                    && dialect.isImplicitUniqueIndex(table, index.columns().get(0), index.name())) {
                uniqueColumns.add(index.columns().get(0));
            } else {
                indexes.add(index);
            }
        }
        List<ColumnShape> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                String type = SqlTypes.fromMetadata(rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"));
                boolean nullable = rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
                boolean inKey = primaryKey.stream().anyMatch(c -> Names.same(c, name));
                boolean identity = "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))
                        || dialect.isRowIdAlias(type, inKey, primaryKey.size());
                boolean unique = uniqueColumns.stream().anyMatch(c -> Names.same(c, name));
                String defaultValue = identity ? null : SqlDefaults.fromMetadata(rs.getString("COLUMN_DEF"));
                columns.add(new ColumnShape(name, type, nullable && !inKey, unique, identity, defaultValue));
            }
        }
        return new TableShape(table, columns, primaryKey, indexes, foreignKeys, dialect.extras(meta.getConnection(), table));
    }

    private static List<IndexShape> indexes(DatabaseMetaData meta, String catalog, String schema, String table,
                                            SchemaDialect dialect) throws SQLException {
        Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        Set<String> undescribed = new java.util.HashSet<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                String column = rs.getString("COLUMN_NAME");
                // An index on an expression, or with a WHERE, is beyond the model's terms: not compared.
                if (column == null || !column.matches("[\\w$]+") || rs.getString("FILTER_CONDITION") != null) {
                    undescribed.add(name);
                }
                columns.computeIfAbsent(name, n -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"), column);
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        List<IndexShape> indexes = new ArrayList<>();
        for (var index : columns.entrySet()) {
            if (!undescribed.contains(index.getKey()) && dialect.describes(meta.getConnection(), index.getKey())) {
                indexes.add(new IndexShape(index.getKey(), List.copyOf(index.getValue().values()), unique.get(index.getKey())));
            }
        }
        return indexes;
    }

    private static String onDelete(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            default -> "";
        };
    }

    /** The foreign keys of one table as the database describes them (also for the shell's /schema). */
    public static List<ForeignKeyShape> foreignKeys(DatabaseMetaData meta, String catalog, String schema, String table) throws SQLException {
        // Grouped by name; an unnamed key (SQLite may keep none) starts at its KEY_SEQ 1.
        Map<String, List<String[]>> parts = new LinkedHashMap<>();
        Map<String, String> lastUnnamed = new LinkedHashMap<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                String referenced = rs.getString("PKTABLE_NAME");
                String key;
                if (name != null && !name.isEmpty()) {
                    key = name;
                } else if (rs.getShort("KEY_SEQ") == 1 || !lastUnnamed.containsKey(referenced)) {
                    key = "\u0000" + parts.size();
                    lastUnnamed.put(referenced, key);
                } else {
                    key = lastUnnamed.get(referenced);
                }
                parts.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {name, rs.getString("FKCOLUMN_NAME"), referenced,
                        rs.getString("PKCOLUMN_NAME"), onDelete(rs.getShort("DELETE_RULE"))});
            }
        }
        List<ForeignKeyShape> keys = new ArrayList<>();
        for (List<String[]> rows : parts.values()) {
            String name = rows.get(0)[0];
            keys.add(new ForeignKeyShape(name == null || name.isEmpty() ? null : name,
                    rows.stream().map(r -> r[1]).toList(), rows.get(0)[2], rows.stream().map(r -> r[3]).toList(), rows.get(0)[4]));
        }
        return keys;
    }
}
