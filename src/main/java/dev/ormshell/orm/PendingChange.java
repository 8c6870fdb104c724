package dev.ormshell.orm;

import java.util.Map;

/**
 * One statement the next flush would send, as the flush preview ({@code /pending}) shows it: the
 * object, its table, the columns with their values (for an update only the changed ones, with
 * the values they had), and the row's id column and id.
 *
 * @param text      the object as the shell prints it ({@code <Product 1>})
 * @param oldValues for an update, the changed columns' values as loaded; empty otherwise
 * @param id        the id of the row; null for an insert whose id the flush gives
 */
public record PendingChange(Kind kind, Object object, String text, String table, Map<String, Object> columns,
                            Map<String, Object> oldValues, String idColumn, Object id) {

    public enum Kind { INSERT, UPDATE, DELETE }

    /** A column that refers to an object not inserted yet: its value is that object's id, known at the flush. */
    public record IdOf(String text) {
        @Override
        public String toString() {
            return text + ".id";
        }
    }

    public PendingChange {
        columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
        oldValues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(oldValues));
    }
}
