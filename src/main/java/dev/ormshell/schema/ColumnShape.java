package dev.ormshell.schema;

/**
 * One column as a schema sees it.
 *
 * @param name     the column name
 * @param type     the SQL type as the database spells it in DDL, e.g. {@code VARCHAR(64)}
 * @param nullable whether NULL is allowed
 * @param unique   whether the column alone carries an unnamed UNIQUE constraint
 * @param identity whether the database generates its values (the id columns)
 */
public record ColumnShape(String name, String type, boolean nullable, boolean unique, boolean identity) {

    /** Whether the type, nullability and uniqueness are the same as the other's (names aside). */
    public boolean sameDefinition(ColumnShape other) {
        return SqlTypes.same(type, other.type) && nullable == other.nullable && unique == other.unique;
    }
}
