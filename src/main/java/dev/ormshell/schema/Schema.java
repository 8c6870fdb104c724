package dev.ormshell.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A database schema described neutrally, whether read from the entity model or from a live
 * database, so that the two can be compared and turned into DDL for any supported product.
 */
public record Schema(List<TableShape> tables) {

    public Schema {
        tables = List.copyOf(tables);
    }

    public Optional<TableShape> table(String name) {
        return tables.stream().filter(t -> Names.same(t.name(), name)).findFirst();
    }

    /** The schema after RENAME COLUMN, foreign keys of other tables that point at the column included. */
    public Schema withColumnRenamed(String tableName, String from, String to) {
        return new Schema(tables.stream().map(t -> {
            TableShape renamed = Names.same(t.name(), tableName) ? t.withColumnRenamed(from, to) : t;
            return renamed.withForeignKeys(renamed.foreignKeys().stream().map(f -> Names.same(f.referencedTable(), tableName)
                    ? f.withColumns(f.columns(), f.referencedColumns().stream().map(c -> Names.same(c, from) ? to : c).toList())
                    : f).toList());
        }).toList());
    }

    /** The tables ordered so that every table comes after the tables its foreign keys reference. */
    public static List<TableShape> parentsFirst(List<TableShape> tables) {
        Map<String, TableShape> pending = new LinkedHashMap<>();
        tables.forEach(t -> pending.put(Names.key(t.name()), t));
        List<TableShape> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            TableShape next = pending.values().stream()
                    .filter(t -> t.foreignKeys().stream().noneMatch(fk -> !Names.same(fk.referencedTable(), t.name())
                            && pending.containsKey(Names.key(fk.referencedTable()))))
                    .findFirst()
                    // A cycle of foreign keys: take them in the given order.
                    .orElse(pending.values().iterator().next());
            ordered.add(next);
            pending.remove(Names.key(next.name()));
        }
        return ordered;
    }
}
