package dev.ormshell.orm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

/**
 * Inserts new objects of an entity whose ids the database makes (IDENTITY, e.g. MariaDB's
 * AUTO_INCREMENT) many rows per round trip, and gives each object the id its row got.
 *
 * <p>Why not Hibernate: it sends such inserts one at a time, each a round trip that reads its
 * key back (measured on MariaDB, `bench` W1: 2,200 rows/s against 54,000 for batched plain
 * JDBC). Two ways, both with the ids exactly as the database gave them, no reservation and no
 * race with other writers:
 * <ul>
 *   <li>MariaDB 10.5+ on an InnoDB table: one {@code insert ... values (...), (...) returning id}
 *       per batch, the ids read from its rows. InnoDB gives the rows of one statement their
 *       AUTO_INCREMENT values in the order of the VALUES list and RETURNING lists the rows as it
 *       inserts them (SQLAlchemy's bulk insert relies on the same). JDBC batches with generated
 *       keys are slow there: MariaDB 10.11 cannot return keys from its bulk protocol, so the
 *       driver falls back to one execution per row (`bench` W1 on MariaDB: 0.29 of plain JDBC).</li>
 *   <li>Otherwise (MySQL, other engines, GENERATED ALWAYS columns on PostgreSQL): a JDBC batch,
 *       whose keys the drivers return in order from {@code getGeneratedKeys()}.</li>
 * </ul>
 * Hibernate's mapping still decides the SQL: the table and columns come from the entity's
 * persister, and each value is bound by its Hibernate type (a many-to-one binds the referenced
 * row's key). Only plain entities go this way (see {@link #of}); anything else is left to Hibernate.
 */
final class KeyedBatchInsert {

    private final AbstractEntityPersister persister;
    private final List<Integer> properties = new ArrayList<>();
    private final String insertInto;
    private final String rowOfPlaceholders;
    private final String sql;
    // How many bytes one multi-row statement may carry, or 0 to send JDBC batches instead.
    private final long returningBudget;

    private KeyedBatchInsert(AbstractEntityPersister persister, long returningBudget) {
        this.persister = persister;
        this.returningBudget = returningBudget;
        List<String> columns = new ArrayList<>();
        boolean[] insertable = persister.getPropertyInsertability();
        for (int i = 0; i < insertable.length; i++) {
            if (insertable[i]) {
                properties.add(i);
                columns.addAll(List.of(persister.getPropertyColumnNames(i)));
            }
        }
        insertInto = "insert into " + persister.getTableName() + " (" + String.join(", ", columns) + ") values ";
        rowOfPlaceholders = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        sql = insertInto + rowOfPlaceholders;
    }

    /**
     * This way for an entity of one table, not versioned, whose single-column id the database
     * makes at insert, and whose insertable properties are all plain columns; null otherwise.
     */
    static KeyedBatchInsert of(EntityPersister entity, SharedSessionContractImplementor session) {
        if (!(entity instanceof AbstractEntityPersister p) || !p.isIdentifierAssignedByInsert() || p.isVersioned()
                || p.getEntityMetamodel().hasSubclasses() || p.getTableSpan() != 1 || p.getIdentifierColumnNames().length != 1
                || p.getInsertGeneratedProperties().stream().anyMatch(part -> part != p.getIdentifierMapping())) {
            return null;
        }
        for (int i = 0; i < p.getPropertyTypes().length; i++) {
            String[] columns = p.getPropertyColumnNames(i);
            if (p.getPropertyInsertability()[i] && (columns.length == 0 || java.util.Arrays.asList(columns).contains(null))) {
                return null; // a formula or an odd mapping: Hibernate knows best
            }
        }
        return new KeyedBatchInsert(p, returningBudget(p, session));
    }

    /**
     * For MariaDB 10.5+ and an InnoDB table (see the class comment): how many bytes of values one
     * multi-row statement may carry, a quarter of the server's max_allowed_packet. 0 otherwise.
     */
    private static long returningBudget(AbstractEntityPersister persister, SharedSessionContractImplementor session) {
        Dialect dialect = session.getJdbcServices().getDialect();
        if (!(dialect instanceof MariaDBDialect) || !dialect.supportsInsertReturning()) {
            return 0;
        }
        String table = persister.getTableName().replace("`", "");
        String schemaCondition = "table_schema = database()";
        if (table.contains(".")) {
            schemaCondition = "table_schema = ?";
        }
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try (ShellOwnSql.Scope own = ShellOwnSql.begin();
             PreparedStatement query = connection.prepareStatement("select @@max_allowed_packet from information_schema.tables"
                + " where " + schemaCondition + " and table_name = ? and engine = 'InnoDB'")) {
            int index = 1;
            if (table.contains(".")) {
                query.setString(index++, table.substring(0, table.lastIndexOf('.')));
            }
            query.setString(index, table.substring(table.lastIndexOf('.') + 1));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) / 4 : 0;
            }
        } catch (SQLException e) {
            return 0; // the JDBC batch way needs no facts about the table
        }
    }

    /** Inserts a batch of objects, in order, on the session's connection and in its transaction; each gets its id. */
    void insert(SharedSessionContractImplementor session, List<?> batch) {
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        String statement = sql;
        try {
            if (returningBudget > 0) {
                List<Object[]> values = batch.stream().map(persister::getValues).toList();
                for (int from = 0; from < batch.size(); ) {
                    int to = from + rowsFitting(values, from, returningBudget);
                    statement = insertInto + String.join(", ", Collections.nCopies(to - from, rowOfPlaceholders))
                            + " returning " + persister.getIdentifierColumnNames()[0];
                    insertReturning(session, connection, statement, batch.subList(from, to), values.subList(from, to));
                    from = to;
                }
            } else {
                insertBatch(session, connection, batch);
            }
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "Cannot insert into " + persister.getTableName(), statement);
        }
    }

    /**
     * How many rows, from the given one on, one statement of at most {@code budget} bytes of
     * values takes: at least one. A row's size is guessed on the high side (four bytes a
     * character, doubled in case each is escaped), so the statement stays below max_allowed_packet.
     */
    static int rowsFitting(List<Object[]> rows, int from, long budget) {
        long bytes = 0;
        int count = 0;
        for (int i = from; i < rows.size(); i++) {
            long size = 0;
            for (Object value : rows.get(i)) {
                size += value instanceof CharSequence text ? 8L * text.length() + 2
                        : value instanceof byte[] binary ? 2L * binary.length + 3 : 24;
            }
            if (count > 0 && bytes + size > budget) {
                break;
            }
            bytes += size;
            count++;
        }
        return count;
    }

    private void insertReturning(SharedSessionContractImplementor session, Connection connection, String statement,
            List<?> objects, List<Object[]> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(statement)) {
            int index = 1;
            for (Object[] values : rows) {
                index = bind(session, insert, values, index);
            }
            try (ResultSet ids = insert.executeQuery()) {
                giveIds(session, ids, objects);
            }
        }
    }

    private void insertBatch(SharedSessionContractImplementor session, Connection connection, List<?> batch) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (Object entity : batch) {
                bind(session, insert, persister.getValues(entity), 1);
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                giveIds(session, keys, batch);
            }
        }
    }

    // Binds one row's values from the given parameter on; returns the index after them.
    private int bind(SharedSessionContractImplementor session, PreparedStatement insert, Object[] values, int from) throws SQLException {
        Type[] types = persister.getPropertyTypes();
        int index = from;
        for (int property : properties) {
            types[property].nullSafeSet(insert, values[property], index, session);
            index += persister.getPropertyColumnNames(property).length;
        }
        return index;
    }

    // Gives the objects, in order, the ids of the result's first column; one id each, or it fails.
    private void giveIds(SharedSessionContractImplementor session, ResultSet ids, List<?> objects) throws SQLException {
        Class<?> idType = persister.getIdentifierType().getReturnedClass();
        int given = 0;
        while (ids.next() && given < objects.size()) {
            persister.setIdentifier(objects.get(given++), BatchableIds.typed(idType, ids.getLong(1)), session);
        }
        if (given != objects.size()) {
            throw new SQLException("the database returned " + given + " generated ids for " + objects.size() + " rows");
        }
    }
}
