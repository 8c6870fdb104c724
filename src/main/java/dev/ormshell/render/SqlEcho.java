package dev.ormshell.render;

import java.util.List;
import java.util.StringJoiner;

/** The text /echo prints for one SQL statement: the SQL, then its bound values as SQL literals. */
public final class SqlEcho {

    private static final int SHORT_BLOB = 32;

    private SqlEcho() {
    }

    public static String format(String sql, List<Object> parameters) {
        String statement = sql.strip().replaceAll("\\s*\\n\\s*", " ");
        if (parameters.isEmpty()) {
            return statement;
        }
        StringJoiner values = new StringJoiner(", ", "[parameters: (", ")]");
        for (Object value : parameters) {
            values.add(literal(value));
        }
        return statement + "\n" + values;
    }

    private static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            // A short one in full, as SQL writes a blob (a UUID key on SQLite is 16 bytes); a long one by its size.
            return bytes.length <= SHORT_BLOB ? "x'" + java.util.HexFormat.of().formatHex(bytes) + "'" : "<" + bytes.length + " bytes>";
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }
}
