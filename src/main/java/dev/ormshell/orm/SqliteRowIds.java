package dev.ormshell.orm;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.generator.EventType;

/**
 * On SQLite, gives a new row of an IDENTITY table the id SQLite itself would give it, but
 * before the insert, so that Hibernate can send inserts in JDBC batches (it cannot batch
 * inserts whose id the database makes: each needs its own round trip to read the key back).
 *
 * <p>Why the ids are the same as SQLite's: for an {@code INTEGER PRIMARY KEY} SQLite gives
 * {@code max(id) + 1} (with AUTOINCREMENT, one more than the largest id it ever gave, kept in
 * {@code sqlite_sequence}). Before reading that maximum, the transaction takes SQLite's write
 * lock with a write that changes nothing ({@code update … where 0}), so no other connection or
 * program can insert until this transaction ends; the ids counted up from there are exactly the
 * ones SQLite would have given, in the order the objects were added. No id table is involved,
 * so other programs writing the same tables (the chapter's Flask app) keep working. The lock is
 * taken at the first {@code add()} of a new object, which is when an IDENTITY insert took it
 * too. Outside a transaction nothing can be locked; a clash with another writer then fails on
 * the primary key at commit, and nothing is overwritten.
 */
final class SqliteRowIds extends BatchableIds {

    // The next free id of each table, per session, for the current transaction only.
    private static final Map<SharedSessionContractImplementor, Map<String, long[]>> NEXT_IDS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private SqliteRowIds(String table, String column, Class<?> idType) {
        super(table, column, idType);
    }

    /** Replaces the IDENTITY generator of every entity of the model whose id is a single identity column. */
    static void useFor(Metadata metadata) {
        replaceIdentity(metadata, table -> true, SqliteRowIds::new);
    }

    @Override
    public Object generate(SharedSessionContractImplementor session, Object owner, Object currentValue, EventType eventType) {
        Map<String, long[]> tables = NEXT_IDS.get(session);
        if (tables == null) {
            tables = new HashMap<>();
            NEXT_IDS.put(session, tables);
            // The next transaction reads the maximum again: other programs may have inserted meanwhile.
            session.getTransactionCompletionCallbacks().registerCallback(
                    (AfterCompletionCallback) (success, s) -> NEXT_IDS.remove(session));
        }
        long[] next = tables.get(table);
        if (next == null) {
            next = new long[] {firstFreeId(session)};
            tables.put(table, next);
        }
        long id = next[0]++;
        return typed(id);
    }

    /**
     * Makes the session read each table's largest id again at its next insert: another session on
     * the same connection and transaction (a bulk insert, see BulkInsert) has added rows meanwhile.
     */
    static void recount(SharedSessionContractImplementor session) {
        NEXT_IDS.remove(session);
    }

    private long firstFreeId(SharedSessionContractImplementor session) {
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try (ShellOwnSql.Scope own = ShellOwnSql.begin(); Statement statement = connection.createStatement()) {
            // Asks the connection, not the session: a stateless session sharing the connection has no transaction of its own.
            if (!connection.getAutoCommit()) {
                statement.executeUpdate("update " + table + " set " + column + " = " + column + " where 0");
            }
            long largest = single(statement, "select coalesce(max(" + column + "), 0) from " + table);
            if (single(statement, "select count(*) from sqlite_master where type = 'table' and name = 'sqlite_sequence'") > 0) {
                largest = Math.max(largest, single(statement,
                        "select coalesce(max(seq), 0) from sqlite_sequence where name = '" + table.replace("'", "''") + "'"));
            }
            if (largest == Long.MAX_VALUE) {
                throw new ShellDatabaseException("Table " + table + " has used the largest possible id; cannot add rows");
            }
            return largest + 1;
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "Cannot find the next id of table " + table);
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
