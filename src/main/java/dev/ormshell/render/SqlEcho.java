package dev.ormshell.render;

import java.util.List;
import java.util.StringJoiner;

/** The text /echo prints for one SQL statement: the SQL, then its bound values as SQL literals. */
public final class SqlEcho {

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

    /** A value as a SQL literal: NULL, a number, or text in single quotes. */
    public static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }
}
