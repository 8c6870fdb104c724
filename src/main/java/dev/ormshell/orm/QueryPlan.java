package dev.ormshell.orm;

import dev.ormshell.render.Rows;
import dev.ormshell.render.TableFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The database's plan for a query, as its own EXPLAIN tells it: SQLite's EXPLAIN QUERY PLAN drawn
 * as a tree (as the sqlite3 shell draws it), PostgreSQL's lines as they are, MariaDB's (and any
 * other database's) rows as a table.
 */
public final class QueryPlan {

    private final String sql;
    private final String text;

    private QueryPlan(String sql, String text) {
        this.sql = sql;
        this.text = text;
    }

    /** SQLite: rows of (id, parent, detail); a row's parent is the id of the row it belongs under (0: the top). */
    static QueryPlan tree(String sql, List<Object[]> rows) {
        Map<Long, List<Object[]>> children = new TreeMap<>();
        for (Object[] row : rows) {
            children.computeIfAbsent(((Number) row[1]).longValue(), parent -> new ArrayList<>()).add(row);
        }
        StringBuilder out = new StringBuilder("QUERY PLAN");
        draw(children, 0L, "", out);
        return new QueryPlan(sql, out.toString());
    }

    private static void draw(Map<Long, List<Object[]>> children, long parent, String indent, StringBuilder out) {
        List<Object[]> rows = children.getOrDefault(parent, List.of());
        for (int i = 0; i < rows.size(); i++) {
            boolean last = i == rows.size() - 1;
            Object[] row = rows.get(i);
            out.append('\n').append(indent).append(last ? "`--" : "|--").append(row[2]);
            long id = ((Number) row[0]).longValue();
            if (id != parent) {
                draw(children, id, indent + (last ? "   " : "|  "), out);
            }
        }
    }

    /** PostgreSQL: one line of the plan per row. */
    static QueryPlan lines(String sql, List<String> lines) {
        return new QueryPlan(sql, String.join("\n", lines));
    }

    /** MariaDB and others: the EXPLAIN rows as a table. */
    static QueryPlan table(String sql, Rows rows) {
        return new QueryPlan(sql, new TableFormat(false).text(rows, Integer.MAX_VALUE));
    }

    /** The SQL explained, with {@code ?} where its values go. */
    public String sql() {
        return sql;
    }

    /** The plan as the shell prints it. */
    @Override
    public String toString() {
        return text;
    }
}
