package dev.ormshell.schema;

import java.util.List;

/**
 * A foreign key. Two foreign keys are the same when they link the same columns; the name only
 * matters for dropping one (databases name unnamed ones themselves).
 */
public record ForeignKeyShape(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {

    public ForeignKeyShape {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    ForeignKeyShape withColumns(List<String> newColumns, List<String> newReferencedColumns) {
        return new ForeignKeyShape(name, newColumns, referencedTable, newReferencedColumns);
    }

    public boolean sameReference(ForeignKeyShape other) {
        return Names.sameList(columns, other.columns) && Names.same(referencedTable, other.referencedTable)
                && Names.sameList(referencedColumns, other.referencedColumns);
    }

    /** The name to create it with: its own, else one in SQLAlchemy's naming-convention style. */
    public String nameOn(String table) {
        return name != null && !name.isBlank() ? name
                : "fk_" + table + "_" + String.join("_", columns) + "_" + referencedTable;
    }
}
