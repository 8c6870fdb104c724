package dev.ormshell.orm;

/**
 * Marks the SQL the shell sends for its own purposes — the ids it takes before a batch of inserts
 * ({@link SqliteRowIds}, {@link PostgresIdentityIds}), the facts it reads about a table
 * ({@link KeyedBatchInsert}) — so that what listens to the SQL (/echo, /stats, N+1 warnings, a
 * transcript) sees only the statements the user's own operations cause. The mark belongs to the
 * thread: JDBC runs a statement on the thread that asked for it.
 *
 * <pre>
 * try (ShellOwnSql.Scope own = ShellOwnSql.begin(); Statement statement = connection.createStatement()) { … }
 * </pre>
 */
public final class ShellOwnSql {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    /** Ends the mark begun by {@link #begin()}; marks nest. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private ShellOwnSql() {
    }

    /** From now until the scope closes, this thread's statements are the shell's own. */
    public static Scope begin() {
        int[] depth = DEPTH.get();
        depth[0]++;
        return () -> depth[0]--;
    }

    /** Whether the statement this thread is sending now is the shell's own. */
    public static boolean active() {
        return DEPTH.get()[0] > 0;
    }
}
