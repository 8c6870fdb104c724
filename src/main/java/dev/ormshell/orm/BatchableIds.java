package dev.ormshell.orm;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.SimpleValue;

/**
 * Gives a new row of an identity-keyed table its id before the insert, from where the database
 * itself would take it, so that Hibernate can send the inserts in JDBC batches: it cannot batch
 * an insert whose id the database makes, because each needs its own round trip to read the key
 * back. Where the ids come from depends on the database ({@link SqliteRowIds}, {@link PostgresIdentityIds}).
 */
abstract class BatchableIds implements BeforeExecutionGenerator {

    /** Makes the generator of one table's id column. */
    interface Maker {
        BatchableIds make(String table, String column, Class<?> idType);
    }

    protected final String table;
    protected final String column;
    private final Class<?> idType;

    protected BatchableIds(String table, String column, Class<?> idType) {
        this.table = table;
        this.column = column;
        this.idType = idType;
    }

    /**
     * Replaces the IDENTITY generator of every entity whose id is a single identity column and
     * whose table the filter accepts.
     */
    static void replaceIdentity(Metadata metadata, Predicate<String> tables, Maker maker) {
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (entity.getIdentifier() instanceof SimpleValue id && id.getColumns().size() == 1
                    && id.getColumns().get(0).isIdentity() && entity == entity.getRootClass()
                    && tables.test(entity.getTable().getName())) {
                Column idColumn = id.getColumns().get(0);
                Class<?> javaType = entity.getIdentifierProperty() == null ? Long.class
                        : entity.getIdentifierProperty().getType().getReturnedClass();
                String tableName = qualified(entity.getTable());
                id.setCustomIdGeneratorCreator(context -> maker.make(tableName, idColumn.getName(), javaType));
            }
        }
    }

    // A table of another schema (@Table(schema = "inventory")) or catalog is named with it, as its SQL names it.
    private static String qualified(org.hibernate.mapping.Table table) {
        return (table.getCatalog() == null ? "" : table.getCatalog() + ".")
                + (table.getSchema() == null ? "" : table.getSchema() + ".") + table.getName();
    }

    /**
     * Tells the generators that these new objects are about to be inserted, so that one that
     * fetches ids from the database can fetch them all in one statement.
     */
    static void reserveFor(SharedSessionContractImplementor session, Collection<?> newObjects) {
        Map<Class<?>, Integer> counts = new HashMap<>();
        for (Object entity : newObjects) {
            counts.merge(entity.getClass(), 1, Integer::sum);
        }
        counts.forEach((entityClass, count) -> {
            var persister = session.getFactory().getMappingMetamodel().findEntityDescriptor(entityClass);
            if (persister != null && persister.getGenerator() instanceof BatchableIds ids) {
                ids.reserve(session, count);
            }
        });
    }

    /** Prepares the ids of this many rows about to be inserted; most generators need nothing. */
    void reserve(SharedSessionContractImplementor session, int count) {
    }

    /** The id in the entity's own id type. */
    protected Object typed(long id) {
        return typed(idType, id);
    }

    /** A key the database gave, in the entity's id type. */
    static Object typed(Class<?> idType, long id) {
        if (idType == Integer.class || idType == int.class) {
            return Math.toIntExact(id);
        }
        if (idType == Short.class || idType == short.class) {
            return (short) Math.toIntExact(id);
        }
        return id;
    }

    @Override
    public EnumSet<EventType> getEventTypes() {
        return EnumSet.of(EventType.INSERT);
    }
}
