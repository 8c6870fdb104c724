package dev.ormshell.repl;

/**
 * What a command's arguments are written in: the terminal completes and colours them by it
 * (Java after /table, SQL after /sql, a file name after /open …).
 */
public enum ArgumentSyntax {
    /** One of a few words the command lists (on/off, a table name …), or nothing. */
    WORDS,
    /** A Java expression. */
    JAVA,
    /** SQL for the database. */
    SQL,
    /** HQL over the entities. */
    HQL,
    /** A file name. */
    FILE
}
