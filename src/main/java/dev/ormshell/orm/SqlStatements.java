package dev.ormshell.orm;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a SQL statement does, told from its text: whether it only reads, and whether its update
 * count is a number of rows changed. {@code /sql} asks before it runs a statement, and the
 * shell's DataSource asks for every statement it executes, so the usual case is decided by the
 * first word alone, without a regular expression.
 */
public final class SqlStatements {

    private static final Set<String> READ_VERBS = Set.of("select", "values", "explain", "show", "describe", "desc", "table");
    private static final Set<String> ROW_VERBS = Set.of("insert", "update", "delete", "replace", "merge");
    // A with … whose body changes rows (SQLite, PostgreSQL and MariaDB allow a CTE before DML).
    private static final Pattern DML_WORD = Pattern.compile("(?i)\\b(insert|update|delete|replace|merge)\\b");
    // A pragma that only reads: a name, maybe an argument in parentheses, no "= value".
    private static final Pattern PRAGMA_READ = Pattern.compile("(?is)\\s*pragma\\s+[\\w.]+\\s*(\\(\\s*\\w*\\s*\\))?\\s*;?\\s*");

    private SqlStatements() {
    }

    /** Whether the statement only reads: select, values, explain, show, describe, table, a with … select, a pragma query. */
    public static boolean reads(String sql) {
        String verb = firstWord(sql);
        return READ_VERBS.contains(verb)
                || verb.equals("with") && !DML_WORD.matcher(sql).find()
                || verb.equals("pragma") && PRAGMA_READ.matcher(sql).matches();
    }

    /**
     * Whether the statement's update count is the number of rows it changed (insert, update,
     * delete, replace, merge, also after a with). After anything else the count means nothing:
     * sqlite-jdbc reports the previous statement's after a create table.
     */
    public static boolean changesRows(String sql) {
        String verb = firstWord(sql);
        return ROW_VERBS.contains(verb) || verb.equals("with") && DML_WORD.matcher(sql).find();
    }

    /**
     * How many rows a write sends, for progress: the value lists of a multi-row insert
     * ({@code values (?, ?), (?, ?)}, as a huge addAll sends them on MariaDB), else one.
     */
    public static long rowsInserted(String sql) {
        if (!firstWord(sql).equals("insert")) {
            return 1;
        }
        long rows = 1;
        for (int i = sql.indexOf("), ("); i >= 0; i = sql.indexOf("), (", i + 4)) {
            rows++;
        }
        return rows;
    }

    /**
     * What kind of statement it is, for counting: select (also values, table, a with … select),
     * insert (also replace), update, delete (also after a with), or other (DDL, pragma, explain …).
     */
    public static StatementKind kind(String sql) {
        String verb = firstWord(sql);
        if (verb.equals("with")) {
            Matcher dml = DML_WORD.matcher(sql);
            verb = dml.find() ? dml.group(1).toLowerCase(Locale.ROOT) : "select";
        }
        return switch (verb) {
            case "select", "values", "table" -> StatementKind.SELECT;
            case "insert", "replace" -> StatementKind.INSERT;
            case "update" -> StatementKind.UPDATE;
            case "delete" -> StatementKind.DELETE;
            default -> StatementKind.OTHER;
        };
    }

    private static String firstWord(String sql) {
        if (sql == null) {
            return "";
        }
        int start = 0;
        while (start < sql.length() && Character.isWhitespace(sql.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        return sql.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
