package dev.ormshell.schema;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * The schema the entity classes ask for, read from Hibernate's mapping model. Uniqueness is
 * kept in the chapter's two forms: {@code @Column(unique = true)} is a column's UNIQUE
 * constraint, a named unique key (as {@code @Index(unique = true)} becomes) is a unique index.
 */
public final class ModelSchema {

    private ModelSchema() {
    }

    public static Schema read(Metadata metadata) {
        List<TableShape> tables = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                if (table.isPhysicalTable()) {
                    tables.add(table(table, metadata));
                }
            }
        }
        return new Schema(tables);
    }

    private static TableShape table(Table table, Metadata metadata) {
        List<String> primaryKey = table.hasPrimaryKey() ? names(table.getPrimaryKey().getColumns()) : List.of();
        List<IndexShape> indexes = new ArrayList<>();
        List<String> uniqueColumns = new ArrayList<>();
        for (UniqueKey key : table.getUniqueKeys().values()) {
            List<String> columns = names(key.getColumns());
            if (Names.sameList(columns, primaryKey)) {
                continue;
            }
            if (columns.size() == 1 && !key.isNameExplicit()) {
                uniqueColumns.add(columns.get(0));
            } else {
                indexes.add(new IndexShape(key.getName(), columns, true));
            }
        }
        for (Index index : table.getIndexes().values()) {
            indexes.add(new IndexShape(index.getName(), names(index.getColumns()), index.isUnique()));
        }
        List<ColumnShape> columns = new ArrayList<>();
        for (Column column : table.getColumns()) {
            boolean inKey = primaryKey.stream().anyMatch(c -> Names.same(c, column.getName()));
            boolean unique = !inKey && (column.isUnique() || uniqueColumns.stream().anyMatch(c -> Names.same(c, column.getName())));
            columns.add(new ColumnShape(column.getName(), column.getSqlType(metadata), column.isNullable() && !inKey,
                    unique, column.isIdentity(), column.getDefaultValue()));
        }
        List<ForeignKeyShape> foreignKeys = new ArrayList<>();
        for (ForeignKey key : table.getForeignKeyCollection()) {
            if (!key.isCreationEnabled() || !key.isPhysicalConstraint()) {
                continue;
            }
            Table referenced = key.getReferencedTable();
            List<String> referencedColumns = key.isReferenceToPrimaryKey()
                    ? names(referenced.getPrimaryKey().getColumns()) : names(key.getReferencedColumns());
            // Hibernate's own names (FK + hash) mean nothing to a reader: without a name given in the
            // mapping, the key is named by the convention fk_<table>_<columns>_<referenced table>.
            String name = key.getName() != null && key.getName().matches("FK[0-9a-z]{20,}") ? null : key.getName();
            String onDelete = key.getOnDeleteAction() == null ? "" : key.getOnDeleteAction().name();
            foreignKeys.add(new ForeignKeyShape(name, names(key.getColumns()), referenced.getName(), referencedColumns, onDelete));
        }
        return new TableShape(table.getName(), columns, primaryKey, indexes, foreignKeys);
    }

    /** What the model says that the comparison leaves alone: the values of enum columns, CHECK constraints. */
    public static List<String> uncompared(Metadata metadata) {
        List<String> found = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                for (Column column : table.getColumns()) {
                    String where = "'" + table.getName() + "." + column.getName() + "'";
                    if (column.getValue() != null && column.getValue().getType().getReturnedClass().isEnum()) {
                        found.add("the values of enum column " + where);
                    } else if (column.hasCheckConstraint()) {
                        found.add("the CHECK on " + where);
                    }
                }
                if (!table.getChecks().isEmpty()) {
                    found.add("the CHECKs of table '" + table.getName() + "'");
                }
            }
        }
        return found;
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::getName).toList();
    }
}
