package dev.ormshell.schema;

import dev.ormshell.config.DatabaseKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * How one database product spells a schema: the DDL for each kind of change, and the names it
 * gives on its own to the indexes behind UNIQUE constraints (so that reading them back does not
 * look like a difference). The statements carry no trailing semicolon.
 */
public abstract class SchemaDialect {

    /**
     * What migration scripts write for an identity column, so that one script serves SQLite,
     * PostgreSQL and MariaDB alike: Flyway replaces it with {@link #identityKeyword()}.
     */
    public static final String IDENTITY_PLACEHOLDER = "${identity}";
    public static final String IDENTITY_PLACEHOLDER_NAME = "identity";

    private boolean forScripts;

    /** The dialect for writing migration scripts: identity columns get the placeholder. */
    public static SchemaDialect forScripts(DatabaseKind kind) {
        SchemaDialect dialect = of(kind);
        dialect.forScripts = true;
        return dialect;
    }

    public static SchemaDialect of(DatabaseKind kind) {
        return switch (kind) {
            case SQLITE -> new SqliteSchemaDialect();
            case POSTGRESQL -> new PostgresSchemaDialect();
            case MARIADB -> new MariaDbSchemaDialect();
            case OTHER -> throw new IllegalArgumentException(
                    "schema changes are written for SQLite, PostgreSQL and MariaDB/MySQL only");
        };
    }

    /** Whether a failed script leaves no trace (DDL inside a transaction rolls back). */
    public abstract boolean transactionalDdl();

    /** The product name, for generated file headers and messages. */
    public abstract String productName();

    /** The statements that turn {@code from} into {@code to}, given the changes between them. */
    public List<String> statements(Schema from, Schema to, List<SchemaChange> changes) {
        List<String> statements = new ArrayList<>();
        changes.forEach(change -> statements.addAll(statementsFor(change)));
        return statements;
    }

    /** CREATE TABLE with its primary key, unique columns and foreign keys inline, then its indexes. */
    public List<String> createTable(TableShape table) {
        return createTable(table, table.name());
    }

    protected List<String> createTable(TableShape table, String nameToCreate) {
        List<String> parts = new ArrayList<>();
        table.columns().forEach(c -> parts.add(columnDefinition(c, table)));
        if (!table.primaryKey().isEmpty()) {
            parts.add("PRIMARY KEY (" + String.join(", ", table.primaryKey()) + ")");
        }
        table.columns().stream().filter(ColumnShape::unique).forEach(c -> parts.add("UNIQUE (" + c.name() + ")"));
        table.foreignKeys().forEach(fk -> parts.add(foreignKeyClause(table.name(), fk)));
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + nameToCreate + " (\n    " + String.join(",\n    ", parts) + "\n)");
        table.indexes().forEach(index -> statements.add(createIndex(table.name(), index)));
        return statements;
    }

    protected List<String> statementsFor(SchemaChange change) {
        String t = change.table();
        if (change instanceof SchemaChange.AddTable add) {
            return createTable(add.shape());
        } else if (change instanceof SchemaChange.DropTable) {
            return List.of("DROP TABLE " + t);
        } else if (change instanceof SchemaChange.AddColumn add) {
            return List.of("ALTER TABLE " + t + " ADD COLUMN " + columnDefinition(add.column(), null)
                    + (add.column().unique() ? " UNIQUE" : ""));
        } else if (change instanceof SchemaChange.DropColumn drop) {
            return List.of("ALTER TABLE " + t + " DROP COLUMN " + drop.column().name());
        } else if (change instanceof SchemaChange.AlterColumn alter) {
            return alterColumn(alter);
        } else if (change instanceof SchemaChange.AddIndex add) {
            return List.of(createIndex(t, add.index()));
        } else if (change instanceof SchemaChange.DropIndex drop) {
            return List.of(dropIndex(t, drop.index()));
        } else if (change instanceof SchemaChange.AddForeignKey add) {
            return List.of("ALTER TABLE " + t + " ADD " + foreignKeyClause(t, add.key()));
        }
        return dropForeignKey(t, ((SchemaChange.DropForeignKey) change).key());
    }

    protected String columnDefinition(ColumnShape column, TableShape table) {
        String identity = !column.identity() ? "" : forScripts ? IDENTITY_PLACEHOLDER : identityKeyword();
        return column.name() + " " + typeOf(column, table) + (column.nullable() ? "" : " NOT NULL") + identity;
    }

    protected String typeOf(ColumnShape column, TableShape table) {
        return SqlTypes.upperCase(column.type());
    }

    protected String foreignKeyClause(String table, ForeignKeyShape key) {
        return "CONSTRAINT " + key.nameOn(table) + " FOREIGN KEY(" + String.join(", ", key.columns()) + ") REFERENCES "
                + key.referencedTable() + " (" + String.join(", ", key.referencedColumns()) + ")";
    }

    protected String createIndex(String table, IndexShape index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + index.name() + " ON " + table
                + " (" + String.join(", ", index.columns()) + ")";
    }

    protected String dropIndex(String table, IndexShape index) {
        return "DROP INDEX " + index.name();
    }

    /** What follows an identity column's type and NOT NULL, e.g. " AUTO_INCREMENT"; empty where the key numbers itself. */
    public abstract String identityKeyword();

    protected abstract List<String> alterColumn(SchemaChange.AlterColumn alter);

    protected abstract List<String> dropForeignKey(String table, ForeignKeyShape key);

    // Reading the live schema.

    /** The catalog to pass to DatabaseMetaData calls (MariaDB keeps databases there). */
    String metadataCatalog(Connection connection) throws SQLException {
        return null;
    }

    /** The schema to pass to DatabaseMetaData calls (PostgreSQL's current schema). */
    String metadataSchema(Connection connection) throws SQLException {
        return null;
    }

    /** Whether the index is the one the database made for a column's unnamed UNIQUE constraint. */
    abstract boolean isImplicitUniqueIndex(String table, String column, String indexName);

    /** Whether the database adds an index of its own for each foreign key (MariaDB does). */
    boolean foreignKeysMakeIndexes() {
        return false;
    }

    /** Whether a column is the key the database numbers by itself without being told (SQLite's rowid alias). */
    boolean isRowIdAlias(String type, boolean inKey, int keySize) {
        return false;
    }
}
