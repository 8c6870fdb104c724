package dev.ormshell.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SQLite's DDL. ALTER TABLE there can only add a plain column, drop an unconstrained one and
 * rename; everything else rebuilds the table: its rows go to a holding table, the table is
 * made anew in its target shape and the rows come back. Foreign keys pointing at the table are
 * checked at commit ({@code defer_foreign_keys}), when every row is back in place.
 */
final class SqliteSchemaDialect extends SchemaDialect {

    private static final String HOLDING_PREFIX = "_ormshell_old_";

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String productName() {
        return "SQLite";
    }

    @Override
    public List<String> statements(Schema from, Schema to, List<SchemaChange> changes) {
        Set<String> rebuilt = changes.stream().filter(c -> needsRebuild(c, from))
                .map(c -> Names.key(c.table())).collect(Collectors.toSet());
        List<String> statements = new ArrayList<>();
        if (!rebuilt.isEmpty()) {
            statements.add("PRAGMA defer_foreign_keys = ON");
        }
        Set<String> done = new HashSet<>();
        for (SchemaChange change : changes) {
            String key = Names.key(change.table());
            if (!rebuilt.contains(key)) {
                statements.addAll(statementsFor(change));
            } else if (done.add(key)) {
                statements.addAll(rebuild(from.table(change.table()).orElseThrow(), to.table(change.table()).orElseThrow()));
            }
        }
        return statements;
    }

    private static boolean needsRebuild(SchemaChange change, Schema from) {
        if (change instanceof SchemaChange.AddColumn add) {
            return !add.column().nullable() || add.column().unique();
        }
        if (change instanceof SchemaChange.DropColumn drop) {
            return drop.column().unique()
                    || from.table(drop.table()).map(t -> t.isConstrained(drop.column().name())).orElse(false);
        }
        return change instanceof SchemaChange.AlterColumn || change instanceof SchemaChange.AddForeignKey
                || change instanceof SchemaChange.DropForeignKey;
    }

    private List<String> rebuild(TableShape from, TableShape to) {
        String holding = HOLDING_PREFIX + to.name();
        String kept = to.columns().stream().filter(c -> from.column(c.name()).isPresent())
                .map(ColumnShape::name).collect(Collectors.joining(", "));
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + holding + " AS SELECT * FROM " + from.name());
        statements.add("DROP TABLE " + from.name());
        statements.addAll(createTable(to));
        statements.add("INSERT INTO " + to.name() + " (" + kept + ") SELECT " + kept + " FROM " + holding);
        statements.add("DROP TABLE " + holding);
        return statements;
    }

    @Override
    protected String typeOf(ColumnShape column, TableShape table) {
        // Exactly "INTEGER" keeps a single-column key the rowid alias, so ids are the ones SQLite gives.
        boolean soleKey = table != null && table.primaryKey().size() == 1 && Names.same(table.primaryKey().get(0), column.name());
        return column.identity() && soleKey ? "INTEGER" : super.typeOf(column, table);
    }

    @Override
    public String identityKeyword() {
        // An INTEGER PRIMARY KEY is the rowid: SQLite numbers it without being told.
        return "";
    }

    @Override
    protected List<String> alterColumn(SchemaChange.AlterColumn alter) {
        throw new IllegalStateException("SQLite column changes are written as table rebuilds");
    }

    @Override
    protected List<String> dropForeignKey(String table, ForeignKeyShape key) {
        throw new IllegalStateException("SQLite foreign key changes are written as table rebuilds");
    }

    @Override
    boolean isImplicitUniqueIndex(String table, String column, String indexName) {
        return indexName.startsWith("sqlite_autoindex_");
    }

    @Override
    boolean isRowIdAlias(String type, boolean inKey, int keySize) {
        return inKey && keySize == 1 && type.equalsIgnoreCase("INTEGER");
    }
}
