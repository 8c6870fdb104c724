package dev.ormshell.repl.editing;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** What the highlighter and the completer need to know of a language: its keywords and comments. */
public record Language(Set<String> keywords, boolean caseSensitive, String lineComment) {

    public static final Language JAVA = new Language(Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "var", "record", "yield", "true", "false", "null"), true, "//");

    private static final Set<String> SQL_WORDS = Set.of(
            "select", "from", "where", "and", "or", "not", "null", "is", "in", "like", "between", "join",
            "inner", "left", "right", "outer", "full", "cross", "on", "as", "order", "by", "group", "having",
            "limit", "offset", "insert", "into", "values", "update", "set", "delete", "create", "table",
            "drop", "alter", "add", "column", "index", "unique", "primary", "key", "foreign", "references",
            "default", "distinct", "union", "all", "exists", "case", "when", "then", "else", "end", "with",
            "recursive", "begin", "commit", "rollback", "count", "sum", "avg", "min", "max", "asc", "desc",
            "integer", "int", "varchar", "text", "real", "boolean", "pragma", "explain", "view", "if", "cast",
            "returning", "true", "false");

    public static final Language SQL = new Language(SQL_WORDS, false, "--");

    public static final Language HQL = new Language(union(SQL_WORDS,
            Set.of("fetch", "new", "member", "of", "size", "treat", "type", "element", "index", "some", "any")),
            false, "--");

    /** Whether the word is a keyword of the language. */
    public boolean isKeyword(String word) {
        return keywords.contains(caseSensitive ? word : word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
