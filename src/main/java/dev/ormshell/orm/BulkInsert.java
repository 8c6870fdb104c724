package dev.ormshell.orm;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

/**
 * Inserts the new objects of a huge {@code addAll()} through a Hibernate StatelessSession on the
 * session's own connection, in JDBC batches: the rows are part of the open transaction, but no
 * Hibernate Session has to track each object, which is what made a million inserts slow.
 *
 * <p>A stateless session does not cascade, so only plain new objects go this way: an object with
 * a component or a non-empty collection, or one that is not new, is added the usual way first,
 * and so is a new object of the list that another one refers to (a shared new Role). When an
 * object refers to a new object that nothing will save before it, or such a usual-way object is
 * of the same class as the bulk rows (the ids would come out of order), {@link #plan} says no and
 * the caller adds them all the usual way, which saves or refuses them as it always did.
 */
final class BulkInsert {

    private static final int BATCH = 1_000;

    private final SessionFactory factory;
    // Added the usual way, before the bulk rows: objects that are not plain new ones.
    private final List<Object> first;
    // Inserted by the stateless session, in the order given.
    private final List<Object> rows;

    private BulkInsert(SessionFactory factory, List<Object> first, List<Object> rows) {
        this.factory = factory;
        this.first = first;
        this.rows = rows;
    }

    /**
     * Sorts the objects into those added the usual way and the bulk rows, or returns null when
     * they must all be added the usual way. {@code pending} tells a new object that the session
     * will insert at its next flush.
     */
    static BulkInsert plan(SessionFactory factory, Entities entities, Collection<?> objects, Predicate<Object> pending) {
        Set<Object> given = identitySet();
        Set<Object> usual = identitySet();
        List<Object> inOrder = new ArrayList<>();
        for (Object entity : objects) {
            entities.require(entity, "addAll");
            if (given.add(entity)) {
                inOrder.add(entity);
            }
        }
        Set<Object> bulk = identitySet();
        for (Object entity : inOrder) {
            if (entities.idOf(entity) != null || pending.test(entity) || !plain(persister(factory, entity), entity)) {
                usual.add(entity);
            } else {
                bulk.add(entity);
            }
        }
        for (Object entity : List.copyOf(bulk)) {
            EntityPersister persister = persister(factory, entity);
            Type[] types = persister.getPropertyTypes();
            for (int i = 0; i < types.length; i++) {
                Object target = types[i].isEntityType() ? persister.getValue(entity, i) : null;
                if (target == null || entities.idOf(target) != null || pending.test(target)) {
                    continue;
                }
                if (!given.contains(target)) {
                    return null; // a new object nothing saves first: the usual way cascades or refuses it
                }
                bulk.remove(target);
                usual.add(target);
            }
        }
        Set<Class<?>> bulkClasses = new HashSet<>();
        bulk.forEach(entity -> bulkClasses.add(entity.getClass()));
        for (Object entity : usual) {
            if (entities.idOf(entity) == null && bulkClasses.contains(entity.getClass())) {
                return null;
            }
        }
        List<Object> first = new ArrayList<>();
        List<Object> rows = new ArrayList<>();
        for (Object entity : inOrder) {
            (bulk.contains(entity) ? rows : first).add(entity);
        }
        return new BulkInsert(factory, first, rows);
    }

    /** The objects to add the usual way (and flush) before {@link #insert}. */
    List<Object> first() {
        return first;
    }

    /** The objects {@link #insert} inserts; each gets its id. */
    List<Object> rows() {
        return rows;
    }

    /** Inserts the rows on this connection, inside its transaction, in JDBC batches. */
    void insert(Connection connection) {
        try (StatelessSession stateless = factory.withStatelessOptions().connection(connection).openStatelessSession()) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                stateless.insertMultiple(rows.subList(from, Math.min(rows.size(), from + BATCH)));
            }
        }
    }

    // No component (it may hold associations) and no collection with elements (a stateless session ignores collections).
    private static boolean plain(EntityPersister persister, Object entity) {
        Type[] types = persister.getPropertyTypes();
        for (int i = 0; i < types.length; i++) {
            if (types[i].isComponentType()) {
                return false;
            }
            if (types[i].isCollectionType()) {
                Object value = persister.getValue(entity, i);
                if (value instanceof Collection<?> c && !c.isEmpty() || value instanceof Map<?, ?> m && !m.isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static EntityPersister persister(SessionFactory factory, Object entity) {
        return factory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().getEntityDescriptor(entity.getClass());
    }

    private static Set<Object> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
