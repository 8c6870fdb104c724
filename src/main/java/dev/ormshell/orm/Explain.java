package dev.ormshell.orm;

import dev.ormshell.config.DatabaseKind;
import jakarta.persistence.Tuple;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.Session;

/**
 * Asks the database for its plan of a query: the SQL Hibernate would send, with its values, is
 * captured without running it, then sent after EXPLAIN (EXPLAIN QUERY PLAN on SQLite) on the
 * session's connection. EXPLAIN without ANALYZE does not run the query; pending changes are not
 * flushed for it.
 */
public final class Explain {

    private Explain() {
    }

    /** The plan of an HQL select, e.g. {@code from User u join fetch u.role}. */
    public static QueryPlan hql(Db db, String hql) {
        HqlCheck.selection(db.sessionFactory(), hql, Tuple.class, null);
        return of(db.session, scratch -> scratch.createQuery(hql, Tuple.class).getResultList());
    }

    /** The plan of the first statement the query sends in a session. */
    static QueryPlan of(DbSession session, Consumer<Session> query) {
        SqlCapture.Captured statement = SqlCapture.firstStatement(session.factory(), query);
        DatabaseKind kind = session.work().database().url().kind();
        String explain = (kind == DatabaseKind.SQLITE ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + statement.sql();
        try {
            return session.hibernate().doReturningWork(connection -> run(connection, kind, explain, statement));
        } catch (RuntimeException e) {
            throw new ShellDatabaseException("EXPLAIN failed: " + ErrorMessages.databaseMessage(e), e);
        }
    }

    private static QueryPlan run(Connection connection, DatabaseKind kind, String explain, SqlCapture.Captured statement)
            throws SQLException {
        // A failed statement must not spoil the transaction around it (PostgreSQL aborts it otherwise).
        Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
        try (PreparedStatement query = connection.prepareStatement(explain)) {
            List<Object> values = statement.values();
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) instanceof SqlCapture.SqlNull none) {
                    query.setNull(i + 1, none.sqlType());
                } else {
                    query.setObject(i + 1, values.get(i));
                }
            }
            QueryPlan plan;
            try (ResultSet rows = query.executeQuery()) {
                plan = plan(kind, statement.sql(), rows);
            }
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return plan;
        } catch (SQLException e) {
            if (savepoint != null) {
                connection.rollback(savepoint);
            }
            throw e;
        }
    }

    private static QueryPlan plan(DatabaseKind kind, String sql, ResultSet rows) throws SQLException {
        if (kind == DatabaseKind.SQLITE) {
            List<Object[]> steps = new ArrayList<>();
            while (rows.next()) {
                steps.add(new Object[] {rows.getLong("id"), rows.getLong("parent"), rows.getString("detail")});
            }
            return QueryPlan.tree(sql, steps);
        }
        if (kind == DatabaseKind.POSTGRESQL) {
            List<String> lines = new ArrayList<>();
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
            return QueryPlan.lines(sql, lines);
        }
        return QueryPlan.table(sql, ResultSetRows.of(rows, Long.MAX_VALUE));
    }
}
