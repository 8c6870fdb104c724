package dev.ormshell.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads from {@code sqlite_master} what a SQLite table has beyond the model's terms
 * ({@link TableExtras}): the CHECKs and clauses of its CREATE TABLE statement, its triggers,
 * and its indexes on expressions or with a WHERE.
 */
final class SqliteTableSql {

    private SqliteTableSql() {
    }

    static TableExtras read(Connection connection, String table) throws SQLException {
        List<String> checks = new ArrayList<>();
        List<String> unkeepable = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type DESC, name")) {
            query.setString(1, table);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(1);
                    if (type.equals("table")) {
                        readTable(table, rs.getString(3), checks, unkeepable);
                    } else if (type.equals("trigger") || type.equals("index") && !comparable(connection, rs.getString(2))) {
                        statements.add(rs.getString(3));
                    }
                }
            }
        }
        return new TableExtras(checks, statements, unkeepable);
    }

    /** Whether an index is on plain columns and has no WHERE: then the comparison describes it. */
    static boolean comparable(Connection connection, String index) throws SQLException {
        try (PreparedStatement info = connection.prepareStatement("SELECT cid, key FROM pragma_index_xinfo(?)")) {
            info.setString(1, index);
            try (ResultSet rs = info.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(2) == 1 && rs.getInt(1) == -2) {
                        return false;
                    }
                }
            }
        }
        try (PreparedStatement sql = connection.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?")) {
            sql.setString(1, index);
            try (ResultSet rs = sql.executeQuery()) {
                return !rs.next() || rs.getString(1) == null || !words(rs.getString(1)).contains("WHERE");
            }
        }
    }

    /** A word, quoted string or name, or punctuation mark, and where it is in the statement. */
    private record Token(String text, int start, int end) {
    }

    private static void readTable(String table, String sql, List<String> checks, List<String> unkeepable) {
        List<Token> all = tokens(sql);
        List<String> tokens = all.stream().map(Token::text).toList();
        int open = tokens.indexOf("(");
        int depth = 0;
        List<Token> part = new ArrayList<>();
        int i = open + 1;
        for (; i < tokens.size(); i++) {
            String token = tokens.get(i);
            depth += token.equals("(") ? 1 : token.equals(")") ? -1 : 0;
            if (depth < 0 || depth == 0 && token.equals(",")) {
                readPart(table, sql, part, checks, unkeepable);
                part = new ArrayList<>();
                if (depth < 0) {
                    break;
                }
            } else {
                part.add(all.get(i));
            }
        }
        for (String option : upper(tokens.subList(Math.min(i + 1, tokens.size()), tokens.size()))) {
            if (option.equals("ROWID") || option.equals("STRICT")) {
                unkeepable.add((option.equals("ROWID") ? "WITHOUT ROWID" : "STRICT") + " on '" + table + "'");
            }
        }
    }

    private static void readPart(String table, String sql, List<Token> tokens, List<String> checks, List<String> unkeepable) {
        if (tokens.isEmpty()) {
            return;
        }
        List<String> part = tokens.stream().map(Token::text).toList();
        List<String> upper = upper(part);
        boolean constraint = List.of("CONSTRAINT", "CHECK", "PRIMARY", "UNIQUE", "FOREIGN").contains(upper.get(0));
        String where = constraint ? "'" + table + "'" : "'" + table + "." + unquote(part.get(0)) + "'";
        for (int i = 0; i < part.size(); i++) {
            String word = upper.get(i);
            if (word.equals("CHECK")) {
                int from = i >= 2 && upper.get(i - 2).equals("CONSTRAINT") ? i - 2 : i;
                int end = closing(part, i + 1);
                checks.add(sql.substring(tokens.get(from).start(), tokens.get(end).end()));
                i = end;
            } else if (word.equals("COLLATE") && i + 1 < part.size() && !upper.get(i + 1).equals("BINARY")) {
                unkeepable.add("COLLATE " + part.get(i + 1) + " on " + where);
            } else if (word.equals("AUTOINCREMENT") || word.equals("GENERATED") || word.equals("AS") && !constraint) {
                unkeepable.add((word.equals("AUTOINCREMENT") ? "AUTOINCREMENT" : "the generated value") + " of " + where);
                i = part.size();
            }
        }
    }

    private static int closing(List<String> part, int open) {
        int depth = 0;
        for (int i = open; i < part.size(); i++) {
            depth += part.get(i).equals("(") ? 1 : part.get(i).equals(")") ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return part.size() - 1;
    }

    private static List<String> words(String sql) {
        return upper(tokens(sql).stream().map(Token::text).toList());
    }

    private static List<String> upper(List<String> tokens) {
        return tokens.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
    }

    private static String unquote(String name) {
        return name.matches("[\"`\\[].*[\"`\\]]") ? name.substring(1, name.length() - 1) : name;
    }

    /** Words, quoted strings and names, and single punctuation marks; comments and spaces dropped. */
    private static List<Token> tokens(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (sql.startsWith("--", i)) {
                i = until(sql, i, "\n");
                continue;
            } else if (sql.startsWith("/*", i)) {
                i = until(sql, i + 2, "*/");
                continue;
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                String quote = c == '[' ? "]" : String.valueOf(c);
                end = until(sql, i + 1, quote);
                while (sql.startsWith(quote, end) && c != '[') {
                    end = until(sql, end + 1, quote); // a doubled quote is one quote inside
                }
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || "_$.".indexOf(sql.charAt(end)) >= 0)) {
                    end++;
                }
            } else {
                end = i + 1;
            }
            tokens.add(new Token(sql.substring(i, end), i, end));
            i = end;
        }
        return tokens;
    }

    private static int until(String sql, int from, String terminator) {
        int at = sql.indexOf(terminator, from);
        return at < 0 ? sql.length() : at + terminator.length();
    }
}
