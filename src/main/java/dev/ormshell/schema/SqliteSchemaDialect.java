package dev.ormshell.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SQLite's DDL. ALTER TABLE there can only add a plain column, drop an unconstrained one and
 * rename; everything else rebuilds the table: its rows go to a holding table, the table is
 * made anew in its target shape with its CHECKs, the rows come back, and its triggers and
 * indexes on expressions are made again. Views stay, since the table keeps its name. Such a
 * script must run with foreign keys off (dropping the old table would otherwise cascade), which
 * the shell's runner does; it checks them before the commit.
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

    @Override
    public List<String> wouldLose(Schema from, Schema to, List<SchemaChange> changes) {
        List<String> lost = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (SchemaChange change : changes) {
            if (needsRebuild(change, from) && done.add(Names.key(change.table()))) {
                TableShape old = from.table(change.table()).orElseThrow();
                TableShape target = to.table(change.table()).orElseThrow();
                List<String> dropped = old.columns().stream().map(ColumnShape::name)
                        .filter(c -> target.column(c).isEmpty()).toList();
                lost.addAll(old.extras().and(target.extras()).lostWith(old.name(), dropped));
            }
        }
        return lost;
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
                || change instanceof SchemaChange.DropForeignKey || change instanceof SchemaChange.DropPrimaryKey
                || change instanceof SchemaChange.AddPrimaryKey;
    }

    private List<String> rebuild(TableShape from, TableShape to) {
        String holding = HOLDING_PREFIX + to.name();
        String kept = to.columns().stream().filter(c -> from.column(c.name()).isPresent())
                .map(ColumnShape::name).collect(Collectors.joining(", "));
        // Whichever side is the live table has the extras: a downgrade rebuilds toward it.
        TableExtras extras = from.extras().and(to.extras());
        List<String> statements = new ArrayList<>();
        statements.add("-- Rebuild of " + to.name() + ": run with foreign keys off (db upgrade does), or dropping it cascades\n"
                + "CREATE TABLE " + holding + " AS SELECT * FROM " + from.name());
        statements.add("DROP TABLE " + from.name());
        statements.addAll(createTable(to.withExtras(new TableExtras(extras.checks(), List.of(), List.of()))));
        statements.add("INSERT INTO " + to.name() + " (" + kept + ") SELECT " + kept + " FROM " + holding);
        statements.add("DROP TABLE " + holding);
        statements.addAll(extras.statements());
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
    TableExtras extras(Connection connection, String table) throws SQLException {
        return SqliteTableSql.read(connection, table);
    }

    @Override
    boolean describes(Connection connection, String index) throws SQLException {
        return SqliteTableSql.comparable(connection, index);
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
