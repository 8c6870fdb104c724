package dev.ormshell.schema;

import java.util.List;

/**
 * A foreign key. Two foreign keys are the same when they link the same columns with the same
 * ON DELETE action; the name only matters for dropping one (databases name unnamed ones themselves).
 *
 * @param onDelete the ON DELETE action ("CASCADE", "SET NULL", "SET DEFAULT"), or "" for none
 *                 (NO ACTION and RESTRICT, which differ only in when they are checked)
 */
public record ForeignKeyShape(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                              String onDelete) {

    public ForeignKeyShape {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = onDelete == null || onDelete.equalsIgnoreCase("NO ACTION") || onDelete.equalsIgnoreCase("RESTRICT")
                ? "" : onDelete.toUpperCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public ForeignKeyShape(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
        this(name, columns, referencedTable, referencedColumns, "");
    }

    ForeignKeyShape withColumns(List<String> newColumns, List<String> newReferencedColumns) {
        return new ForeignKeyShape(name, newColumns, referencedTable, newReferencedColumns, onDelete);
    }

    public boolean sameReference(ForeignKeyShape other) {
        return Names.sameList(columns, other.columns) && Names.same(referencedTable, other.referencedTable)
                && Names.sameList(referencedColumns, other.referencedColumns) && onDelete.equals(other.onDelete);
    }

    /** The name to create it with: its own, else one in SQLAlchemy's naming-convention style. */
    public String nameOn(String table) {
        return name != null && !name.isBlank() ? name
                : "fk_" + table + "_" + String.join("_", columns) + "_" + referencedTable;
    }
}
