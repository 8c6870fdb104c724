package dev.ormshell.migrate;

import dev.ormshell.schema.ColumnShape;
import dev.ormshell.schema.Schema;
import dev.ormshell.schema.SchemaChange;
import dev.ormshell.schema.SqlTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells renamed columns from dropped and added ones, as the user says ({@link Renames}): the
 * renames to write first, the live schema as it is after them (what the rest of the migration
 * is computed from), and, for a candidate nobody answered about, the warning that its data goes.
 */
final class ColumnRenames {

    record Resolved(List<SchemaChange.RenameColumn> renames, Schema renamedLive, List<String> unanswered) {
    }

    private ColumnRenames() {
    }

    /** {@code unanswered} lines end with the files' names, which the caller appends. */
    static Resolved resolve(Schema live, List<SchemaChange> changes, Renames renames) {
        Map<String, List<ColumnShape>> dropped = columns(changes, SchemaChange.DropColumn.class, c -> ((SchemaChange.DropColumn) c).column());
        Map<String, List<ColumnShape>> added = columns(changes, SchemaChange.AddColumn.class, c -> ((SchemaChange.AddColumn) c).column());
        List<SchemaChange.RenameColumn> found = new ArrayList<>();
        renames.given().forEach((from, to) -> found.add(given(live, from, to, dropped, added)));
        List<String> unanswered = new ArrayList<>();
        for (var table : dropped.entrySet()) {
            List<ColumnShape> gone = table.getValue();
            List<ColumnShape> come = added.getOrDefault(table.getKey(), List.of());
            if (come.isEmpty() || found.stream().anyMatch(r -> key(r.table()).equals(table.getKey()))) {
                continue;
            }
            String tableName = live.table(table.getKey()).orElseThrow().name();
            Boolean answer = null;
            if (gone.size() == 1 && come.size() == 1 && SqlTypes.compatible(gone.get(0).type(), come.get(0).type())) {
                answer = renames.ask().apply("Did you rename " + tableName + "." + gone.get(0).name() + " to "
                        + tableName + "." + come.get(0).name() + "? [y/N]");
                if (Boolean.TRUE.equals(answer)) {
                    found.add(new SchemaChange.RenameColumn(tableName, gone.get(0), come.get(0)));
                }
            }
            if (answer == null) {
                String newName = come.size() == 1 ? come.get(0).name() : "NEW_NAME";
                gone.forEach(column -> unanswered.add("The data of column " + tableName + "." + column.name() + " will be dropped ("
                        + come.stream().map(c -> tableName + "." + c.name()).collect(Collectors.joining(", "))
                        + (come.size() == 1 ? " is" : " are") + " added): if it was renamed, delete %s and run db migrate again with --rename "
                        + tableName + "." + column.name() + "=" + newName));
            }
        }
        Schema renamed = live;
        for (SchemaChange.RenameColumn rename : found) {
            renamed = renamed.withColumnRenamed(rename.table(), rename.from().name(), rename.to().name());
        }
        return new Resolved(found, renamed, unanswered);
    }

    private static SchemaChange.RenameColumn given(Schema live, String from, String to, Map<String, List<ColumnShape>> dropped,
                                                   Map<String, List<ColumnShape>> added) {
        String tableKey = from.substring(0, from.indexOf('.'));
        String column = from.substring(from.indexOf('.') + 1);
        String option = "--rename " + from + "=" + to + ": ";
        var table = live.table(tableKey).orElseThrow(() -> new MigrationException(option + "the database has no table " + tableKey));
        List<ColumnShape> gone = dropped.getOrDefault(tableKey, List.of());
        List<ColumnShape> come = added.getOrDefault(tableKey, List.of());
        String here = " (here " + (gone.isEmpty() ? "no column goes" : names(table.name(), gone) + " goes") + ", "
                + (come.isEmpty() ? "none comes" : names(table.name(), come) + " comes") + "). Nothing was written";
        if (table.column(column).isEmpty()) {
            throw new MigrationException(option + "table " + table.name() + " has no column " + column + here);
        }
        Optional<ColumnShape> old = gone.stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst();
        Optional<ColumnShape> renamed = come.stream().filter(c -> c.name().equalsIgnoreCase(to)).findFirst();
        if (old.isEmpty()) {
            throw new MigrationException(option + "the entities keep " + table.name() + "." + column
                    + "; a rename needs a column that goes and one that comes" + here);
        }
        if (renamed.isEmpty()) {
            throw new MigrationException(option + table.name() + "." + to + " is not a column the entities add" + here);
        }
        return new SchemaChange.RenameColumn(table.name(), old.get(), renamed.get());
    }

    private static String names(String table, List<ColumnShape> columns) {
        return columns.stream().map(c -> table + "." + c.name()).collect(Collectors.joining(", "));
    }

    private static Map<String, List<ColumnShape>> columns(List<SchemaChange> changes, Class<? extends SchemaChange> kind,
                                                          Function<SchemaChange, ColumnShape> column) {
        return changes.stream().filter(kind::isInstance).collect(Collectors.groupingBy(c -> key(c.table()),
                java.util.LinkedHashMap::new, Collectors.mapping(column, Collectors.toList())));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
