package dev.ormshell.schema;

import java.util.Locale;

/**
 * Compares column defaults across the ways products report them: PostgreSQL adds casts
 * ({@code 'active'::character varying}), MariaDB and PostgreSQL spell the current time their own
 * way, MariaDB stores booleans as numbers.
 */
final class SqlDefaults {

    private SqlDefaults() {
    }

    static boolean same(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    /** A default as a database reports it, or null when it has none (MariaDB says NULL). */
    static String fromMetadata(String reported) {
        return reported == null || reported.isBlank() || reported.strip().equalsIgnoreCase("NULL") ? null : reported.strip();
    }

    static String canonical(String value) {
        if (value == null) {
            return "";
        }
        String v = value.strip();
        while (v.startsWith("(") && v.endsWith(")") && balanced(v.substring(1, v.length() - 1))) {
            v = v.substring(1, v.length() - 1).strip();
        }
        v = v.replaceAll("::[a-zA-Z ]+(\\(\\d+(,\\d+)?\\))?(\\[\\])?$", "");
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.matches("current_timestamp(\\(\\))?|now\\(\\)|localtimestamp")) {
            return "current_timestamp";
        }
        if (lower.equals("true") || lower.equals("false")) {
            return lower.equals("true") ? "1" : "0";
        }
        if (v.matches("'-?\\d+(\\.\\d+)?'")) {
            return v.substring(1, v.length() - 1); // MariaDB may quote a number
        }
        return v.startsWith("'") ? v : lower;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
