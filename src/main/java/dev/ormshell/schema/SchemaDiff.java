package dev.ormshell.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * What must change to turn one schema into another, in an order that can be executed: new
 * tables (parents first), then each kept table's changes (constraints and the primary key dropped
 * before columns change, added after), then removed tables (children first).
 */
public final class SchemaDiff {

    private SchemaDiff() {
    }

    public static List<SchemaChange> between(Schema from, Schema to) {
        List<SchemaChange> changes = new ArrayList<>();
        for (TableShape table : Schema.parentsFirst(to.tables())) {
            if (from.table(table.name()).isEmpty()) {
                changes.add(new SchemaChange.AddTable(table));
            }
        }
        // Foreign keys go first and come last, across tables: one may point at a key that moves.
        List<SchemaChange> kept = new ArrayList<>();
        for (TableShape table : to.tables()) {
            from.table(table.name()).ifPresent(old -> kept.addAll(tableChanges(old, table)));
        }
        kept.stream().filter(c -> c instanceof SchemaChange.DropForeignKey).forEach(changes::add);
        kept.stream().filter(c -> !(c instanceof SchemaChange.DropForeignKey || c instanceof SchemaChange.AddForeignKey))
                .forEach(changes::add);
        kept.stream().filter(c -> c instanceof SchemaChange.AddForeignKey).forEach(changes::add);
        List<TableShape> removed = new ArrayList<>(Schema.parentsFirst(from.tables()));
        java.util.Collections.reverse(removed);
        for (TableShape table : removed) {
            if (to.table(table.name()).isEmpty()) {
                changes.add(new SchemaChange.DropTable(table));
            }
        }
        return changes;
    }

    private static List<SchemaChange> tableChanges(TableShape from, TableShape to) {
        String name = to.name();
        List<SchemaChange> changes = new ArrayList<>();
        for (ForeignKeyShape key : from.foreignKeys()) {
            if (!to.hasForeignKey(key)) {
                changes.add(new SchemaChange.DropForeignKey(name, key));
            }
        }
        boolean keyMoved = !Names.sameList(from.primaryKey(), to.primaryKey());
        if (keyMoved && !from.primaryKey().isEmpty()) {
            changes.add(new SchemaChange.DropPrimaryKey(name, from.primaryKey(), !to.primaryKey().isEmpty()));
        }
        for (IndexShape index : from.indexes()) {
            if (to.index(index.name()).filter(index::sameDefinition).isEmpty()) {
                // The same index under another name (its column was renamed, say) is renamed, not rebuilt.
                var renamed = to.indexes().stream().filter(i -> i.sameDefinition(index) && from.index(i.name()).isEmpty()).findFirst();
                changes.add(renamed.isPresent() ? new SchemaChange.RenameIndex(name, index, renamed.get())
                        : new SchemaChange.DropIndex(name, index));
            }
        }
        for (ColumnShape column : from.columns()) {
            if (to.column(column.name()).isEmpty()) {
                changes.add(new SchemaChange.DropColumn(name, column));
            }
        }
        for (ColumnShape column : to.columns()) {
            var old = from.column(column.name());
            if (old.isEmpty()) {
                changes.add(new SchemaChange.AddColumn(name, column));
            } else if (!old.get().sameDefinition(column)) {
                changes.add(new SchemaChange.AlterColumn(name, old.get(), column));
            }
        }
        if (keyMoved && !to.primaryKey().isEmpty()) {
            changes.add(new SchemaChange.AddPrimaryKey(name, from.primaryKey(), to.primaryKey()));
        }
        for (IndexShape index : to.indexes()) {
            boolean renamed = changes.stream().anyMatch(c -> c instanceof SchemaChange.RenameIndex r && r.to().equals(index));
            if (!renamed && from.index(index.name()).filter(index::sameDefinition).isEmpty()) {
                changes.add(new SchemaChange.AddIndex(name, index));
            }
        }
        for (ForeignKeyShape key : to.foreignKeys()) {
            if (!from.hasForeignKey(key)) {
                changes.add(new SchemaChange.AddForeignKey(name, key));
            }
        }
        return changes;
    }
}
