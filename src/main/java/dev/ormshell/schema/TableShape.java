package dev.ormshell.schema;

import java.util.List;
import java.util.Optional;

/**
 * One table: its columns in order, primary key, named indexes and foreign keys, and what the
 * database has beyond them ({@link TableExtras}, never compared).
 */
public record TableShape(String name, List<ColumnShape> columns, List<String> primaryKey,
                         List<IndexShape> indexes, List<ForeignKeyShape> foreignKeys, TableExtras extras) {

    public TableShape {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
    }

    public TableShape(String name, List<ColumnShape> columns, List<String> primaryKey,
                      List<IndexShape> indexes, List<ForeignKeyShape> foreignKeys) {
        this(name, columns, primaryKey, indexes, foreignKeys, TableExtras.NONE);
    }

    /** The table after RENAME COLUMN: the column, and every key, index and CHECK that names it. */
    TableShape withColumnRenamed(String from, String to) {
        java.util.function.UnaryOperator<List<String>> rename = names -> names.stream().map(n -> Names.same(n, from) ? to : n).toList();
        return new TableShape(name, columns.stream().map(c -> Names.same(c.name(), from) ? c.renamed(to) : c).toList(),
                rename.apply(primaryKey),
                indexes.stream().map(i -> new IndexShape(i.name(), rename.apply(i.columns()), i.unique())).toList(),
                foreignKeys.stream().map(f -> f.withColumns(rename.apply(f.columns()), f.referencedColumns())).toList(),
                extras.withColumnRenamed(from, to));
    }

    TableShape withForeignKeys(List<ForeignKeyShape> keys) {
        return new TableShape(name, columns, primaryKey, indexes, keys, extras);
    }

    TableShape withExtras(TableExtras more) {
        return new TableShape(name, columns, primaryKey, indexes, foreignKeys, more);
    }

    public Optional<ColumnShape> column(String columnName) {
        return columns.stream().filter(c -> Names.same(c.name(), columnName)).findFirst();
    }

    public Optional<IndexShape> index(String indexName) {
        return indexes.stream().filter(i -> Names.same(i.name(), indexName)).findFirst();
    }

    public boolean hasForeignKey(ForeignKeyShape key) {
        return foreignKeys.stream().anyMatch(key::sameReference);
    }

    /** Whether the column takes part in the primary key, an index or a foreign key. */
    public boolean isConstrained(String columnName) {
        return primaryKey.stream().anyMatch(c -> Names.same(c, columnName))
                || indexes.stream().anyMatch(i -> i.columns().stream().anyMatch(c -> Names.same(c, columnName)))
                || foreignKeys.stream().anyMatch(f -> f.columns().stream().anyMatch(c -> Names.same(c, columnName)));
    }
}
