package dev.ormshell.orm;

/** What a SQL statement does, as the statement counts tell them apart. */
public enum StatementKind {
    SELECT, INSERT, UPDATE, DELETE, OTHER;

    /** The word for this many, e.g. "1 select", "2 inserts". */
    String count(long n) {
        String word = name().toLowerCase(java.util.Locale.ROOT);
        return n + " " + (n == 1 ? word : word + "s");
    }
}
