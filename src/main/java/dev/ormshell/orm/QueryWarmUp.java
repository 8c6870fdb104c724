package dev.ormshell.orm;

/**
 * Start-up work for an idle core: the user's first query paid 100-200 ms for Hibernate's query
 * machinery (ANTLR building the HQL grammar's tables, the first interpretations), against 20 ms
 * for the second. Done on the JShell thread while it waits for Hibernate's boot, the grammar's
 * part of it leaves the path to the first result (measured: first query 100-220 ms → 40-50 ms).
 * (Interpreting queries in a background thread after the boot was tried too: on 2 cores it
 * only competed with the main thread and made the first result later.) A failure only means
 * no warm-up.
 */
public final class QueryWarmUp {

    // Their static initialisers deserialise the grammar's state machines, the biggest one-off cost.
    private static final String[] GRAMMAR = {"org.hibernate.grammars.hql.HqlLexer", "org.hibernate.grammars.hql.HqlParser"};

    private QueryWarmUp() {
    }

    /** Initialises the HQL grammar; needs no SessionFactory, so it can run while Hibernate boots. */
    public static void grammar() {
        try {
            for (String grammarClass : GRAMMAR) {
                Class.forName(grammarClass, true, QueryWarmUp.class.getClassLoader());
            }
        } catch (ClassNotFoundException | LinkageError ignored) {
            // Only a warm-up: the first query will do this work itself.
        }
    }
}
