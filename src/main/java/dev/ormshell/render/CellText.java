package dev.ormshell.render;

import java.time.temporal.TemporalAccessor;
import java.util.HexFormat;

/**
 * The plain text of a cell's value, the same in every format: dates and times in ISO 8601,
 * bytes as hex ({@code \x0aff}, as psql shows them), anything else by its {@code toString()}.
 * Each format decides how to show null, which never reads as the string "null".
 */
public final class CellText {

    private CellText() {
    }

    /** The text of a value that is not null. */
    public static String of(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.sql.Time time) {
            return time.toLocalTime().toString();
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof byte[] bytes) {
            return "\\x" + HexFormat.of().formatHex(bytes);
        }
        return String.valueOf(value);
    }

    /** Whether the value is a date or time (JSON writes those as ISO strings). */
    static boolean temporal(Object value) {
        return value instanceof java.util.Date || value instanceof TemporalAccessor;
    }
}
