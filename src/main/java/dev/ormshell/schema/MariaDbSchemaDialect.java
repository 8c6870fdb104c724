package dev.ormshell.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * MariaDB's (and MySQL's) DDL: AUTO_INCREMENT ids, MODIFY for column changes. Its DDL is not
 * transactional, and it adds an index of its own for each foreign key.
 */
final class MariaDbSchemaDialect extends SchemaDialect {

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String productName() {
        return "MariaDB";
    }

    @Override
    public String identityKeyword() {
        return " AUTO_INCREMENT";
    }

    @Override
    protected String dropIndex(String table, IndexShape index) {
        return "DROP INDEX " + index.name() + " ON " + table;
    }

    @Override
    protected List<String> alterColumn(SchemaChange.AlterColumn alter) {
        String prefix = "ALTER TABLE " + alter.table() + " ";
        List<String> statements = new ArrayList<>();
        boolean typeChanged = !SqlTypes.same(alter.from().type(), alter.to().type());
        if (typeChanged || alter.from().nullable() != alter.to().nullable()) {
            statements.add(prefix + "MODIFY " + columnDefinition(alter.to(), null)); // with its default
        } else if (!alter.from().sameDefault(alter.to())) {
            statements.add(prefix + "ALTER COLUMN " + alter.to().name() + SchemaDialect.setDefault(alter.to()));
        }
        if (alter.from().unique() != alter.to().unique()) {
            String column = alter.to().name();
            statements.add(alter.to().unique() ? prefix + "ADD UNIQUE (" + column + ")" : prefix + "DROP INDEX " + column);
        }
        return statements;
    }

    @Override
    public List<String> statements(Schema from, Schema to, List<SchemaChange> changes) {
        List<String> statements = new ArrayList<>();
        for (SchemaChange change : changes) {
            statements.addAll(change instanceof SchemaChange.DropIndex drop ? dropIndex(drop, from, to) : statementsFor(change));
        }
        return statements;
    }

    /**
     * MariaDB refuses to drop the index a remaining foreign key relies on: in the same statement
     * the key gets an index of its own again, under its name, as MariaDB would have made it.
     */
    private List<String> dropIndex(SchemaChange.DropIndex drop, Schema from, Schema to) {
        String table = drop.table();
        var kept = to.table(table).map(TableShape::foreignKeys).orElse(List.of());
        var needing = from.table(table).map(TableShape::foreignKeys).orElse(List.of()).stream()
                .filter(fk -> kept.stream().anyMatch(fk::sameReference) && startsWith(drop.index().columns(), fk.columns()))
                .filter(fk -> to.table(table).map(t -> t.indexes().stream().noneMatch(i -> startsWith(i.columns(), fk.columns())))
                        .orElse(true))
                .findFirst();
        if (needing.isEmpty()) {
            return List.of(dropIndex(table, drop.index()));
        }
        return List.of("ALTER TABLE " + table + " DROP INDEX " + drop.index().name() + ", ADD INDEX " + needing.get().nameOn(table)
                + " (" + String.join(", ", needing.get().columns()) + ")");
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
        return columns.size() >= prefix.size() && Names.sameList(columns.subList(0, prefix.size()), prefix);
    }

    @Override
    protected String dropPrimaryKey(String table) {
        return "ALTER TABLE " + table + " DROP PRIMARY KEY";
    }

    @Override
    protected List<String> renameIndex(String table, IndexShape from, IndexShape to) {
        return List.of("ALTER TABLE " + table + " RENAME INDEX " + from.name() + " TO " + to.name());
    }

    @Override
    protected List<String> renameColumn(String table, ColumnShape from, ColumnShape to) {
        List<String> statements = new ArrayList<>(super.renameColumn(table, from, to));
        if (from.unique()) {
            statements.addAll(renameIndex(table, new IndexShape(from.name(), List.of(), true), new IndexShape(to.name(), List.of(), true)));
        }
        return statements;
    }

    @Override
    protected List<String> dropForeignKey(String table, ForeignKeyShape key) {
        // The index MariaDB made for the key keeps its name; it goes with the key.
        return List.of("ALTER TABLE " + table + " DROP FOREIGN KEY " + key.nameOn(table),
                "DROP INDEX " + key.nameOn(table) + " ON " + table);
    }

    @Override
    String metadataCatalog(Connection connection) throws SQLException {
        return connection.getCatalog();
    }

    @Override
    boolean isImplicitUniqueIndex(String table, String column, String indexName) {
        return Pattern.compile(Pattern.quote(column) + "(_\\d+)?", Pattern.CASE_INSENSITIVE).matcher(indexName).matches();
    }

    @Override
    boolean foreignKeysMakeIndexes() {
        return true;
    }
}
