package dev.ormshell.schema;

import java.util.ArrayList;
import java.util.List;

/** One difference between two schemas, described as Alembic's autogenerate reports it. */
public sealed interface SchemaChange {

    /** The table the change is about. */
    String table();

    /** What was detected, one line per aspect ("Detected added table 'roles'"). */
    List<String> describe();

    record AddTable(TableShape shape) implements SchemaChange {
        public String table() {
            return shape.name();
        }

        public List<String> describe() {
            List<String> lines = new ArrayList<>(List.of("Detected added table '" + shape.name() + "'"));
            shape.indexes().forEach(i -> lines.add(new AddIndex(shape.name(), i).describe().get(0)));
            return lines;
        }
    }

    record DropTable(TableShape shape) implements SchemaChange {
        public String table() {
            return shape.name();
        }

        public List<String> describe() {
            return List.of("Detected removed table '" + shape.name() + "'");
        }
    }

    record AddColumn(String table, ColumnShape column) implements SchemaChange {
        public List<String> describe() {
            return List.of("Detected added column '" + table + "." + column.name() + "'");
        }
    }

    record DropColumn(String table, ColumnShape column) implements SchemaChange {
        public List<String> describe() {
            return List.of("Detected removed column '" + table + "." + column.name() + "'");
        }
    }

    record AlterColumn(String table, ColumnShape from, ColumnShape to) implements SchemaChange {
        public List<String> describe() {
            String where = "'" + table + "." + to.name() + "'";
            List<String> lines = new ArrayList<>();
            if (!SqlTypes.same(from.type(), to.type())) {
                lines.add("Detected type change from " + from.type().toUpperCase() + " to " + to.type().toUpperCase() + " on " + where);
            }
            if (from.nullable() != to.nullable()) {
                lines.add("Detected " + (to.nullable() ? "NULL" : "NOT NULL") + " on column " + where);
            }
            if (from.unique() != to.unique()) {
                lines.add("Detected " + (to.unique() ? "added" : "removed") + " unique constraint on " + where);
            }
            if (!from.sameDefault(to)) {
                lines.add(to.defaultValue() == null ? "Detected removed default on column " + where
                        : "Detected default " + to.defaultValue() + " on column " + where);
            }
            return lines;
        }
    }

    record RenameColumn(String table, ColumnShape from, ColumnShape to) implements SchemaChange {
        public List<String> describe() {
            return List.of("Detected renamed column '" + table + "." + from.name() + "' to '" + table + "." + to.name() + "'");
        }
    }

    record RenameIndex(String table, IndexShape from, IndexShape to) implements SchemaChange {
        public List<String> describe() {
            return List.of("Detected renamed index '" + from.name() + "' to '" + to.name() + "' on '" + table + "'");
        }
    }

    /** A primary key that goes; when another comes ({@code replaced}), the AddPrimaryKey says both. */
    record DropPrimaryKey(String table, List<String> columns, boolean replaced) implements SchemaChange {
        public List<String> describe() {
            return replaced ? List.of() : List.of("Detected removed primary key (" + String.join(", ", columns) + ") on '" + table + "'");
        }
    }

    record AddPrimaryKey(String table, List<String> from, List<String> columns) implements SchemaChange {
        public List<String> describe() {
            return List.of(from.isEmpty() ? "Detected added primary key (" + String.join(", ", columns) + ") on '" + table + "'"
                    : "Detected primary key (" + String.join(", ", from) + ") changed to (" + String.join(", ", columns)
                    + ") on '" + table + "'");
        }
    }

    record AddIndex(String table, IndexShape index) implements SchemaChange {
        public List<String> describe() {
            return List.of("Detected added index '" + index.name()
                    + "' on '" + String.join(", ", index.columns()) + "'");
        }
    }

    record DropIndex(String table, IndexShape index) implements SchemaChange {
        public List<String> describe() {
            return List.of("Detected removed index '" + index.name() + "' on '" + table + "'");
        }
    }

    record AddForeignKey(String table, ForeignKeyShape key) implements SchemaChange {
        public List<String> describe() {
            return List.of("Detected added foreign key (" + String.join(", ", key.columns()) + ")("
                    + String.join(", ", key.referencedColumns()) + ") on table " + table + " to " + key.referencedTable()
                    + (key.onDelete().isEmpty() ? "" : " ON DELETE " + key.onDelete()));
        }
    }

    record DropForeignKey(String table, ForeignKeyShape key) implements SchemaChange {
        public List<String> describe() {
            return List.of("Detected removed foreign key (" + String.join(", ", key.columns()) + ")("
                    + String.join(", ", key.referencedColumns()) + ") on table " + table + " to " + key.referencedTable());
        }
    }
}
