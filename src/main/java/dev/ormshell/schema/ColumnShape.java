package dev.ormshell.schema;

/**
 * One column as a schema sees it.
 *
 * @param name         the column name
 * @param type         the SQL type as the database spells it in DDL, e.g. {@code VARCHAR(64)}
 * @param nullable     whether NULL is allowed
 * @param unique       whether the column alone carries an unnamed UNIQUE constraint
 * @param identity     whether the database generates its values (the id columns)
 * @param defaultValue the SQL of its default ({@code @ColumnDefault}), or null for none
 */
public record ColumnShape(String name, String type, boolean nullable, boolean unique, boolean identity, String defaultValue) {

    public ColumnShape(String name, String type, boolean nullable, boolean unique, boolean identity) {
        this(name, type, nullable, unique, identity, null);
    }

    /** Whether the type, nullability, uniqueness and default are the same as the other's (names aside). */
    public boolean sameDefinition(ColumnShape other) {
        return SqlTypes.same(type, other.type) && nullable == other.nullable && unique == other.unique
                && sameDefault(other);
    }

    public boolean sameDefault(ColumnShape other) {
        return SqlDefaults.same(defaultValue, other.defaultValue);
    }

    ColumnShape renamed(String newName) {
        return new ColumnShape(newName, type, nullable, unique, identity, defaultValue);
    }
}
