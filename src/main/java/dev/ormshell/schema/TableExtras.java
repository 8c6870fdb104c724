package dev.ormshell.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a live table has that the model does not describe and the comparison leaves alone, so
 * that a SQLite table rebuild can keep it: CHECK constraints (carried into the new table),
 * triggers and indexes on expressions (created again from their SQL), and what a rebuild
 * cannot carry over (a collation, AUTOINCREMENT …), for which it must be refused.
 *
 * @param checks     CHECK constraints as table constraints, e.g. {@code CHECK (length(name) < 60)}
 * @param statements CREATE TRIGGER / CREATE INDEX statements to run again after a rebuild
 * @param unkeepable what a rebuild would lose, in words, e.g. {@code COLLATE NOCASE on 'clubs.name'}
 */
public record TableExtras(List<String> checks, List<String> statements, List<String> unkeepable) {

    public static final TableExtras NONE = new TableExtras(List.of(), List.of(), List.of());

    public TableExtras {
        checks = List.copyOf(checks);
        statements = List.copyOf(statements);
        unkeepable = List.copyOf(unkeepable);
    }

    /** Both tables' extras, each once: the live side's, whichever side of a change it is on. */
    TableExtras and(TableExtras other) {
        return new TableExtras(union(checks, other.checks), union(statements, other.statements),
                union(unkeepable, other.unkeepable));
    }

    /** The extras after RENAME COLUMN, which SQLite applies to CHECKs and triggers as well. */
    TableExtras withColumnRenamed(String from, String to) {
        java.util.function.UnaryOperator<List<String>> rename = sqls -> sqls.stream()
                .map(sql -> column(from).matcher(sql).replaceAll(java.util.regex.Matcher.quoteReplacement(to))).toList();
        return new TableExtras(rename.apply(checks), rename.apply(statements), unkeepable);
    }

    private static Pattern column(String name) {
        return Pattern.compile("(?i)(?<![\\w$])[\"`\\[]?" + Pattern.quote(name) + "[\"`\\]]?(?![\\w$])");
    }

    /** What a rebuild that drops these columns would lose: the extras that use one of them, and the unkeepable. */
    List<String> lostWith(String table, List<String> droppedColumns) {
        List<String> lost = new ArrayList<>(unkeepable);
        for (String sql : union(checks, statements)) {
            for (String column : droppedColumns) {
                if (column(column).matcher(sql).find()) {
                    lost.add("'" + sql.replaceAll("\\s+", " ") + "', which uses the dropped column '" + table + "." + column + "'");
                }
            }
        }
        return lost;
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
