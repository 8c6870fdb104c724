package dev.ormshell.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

/**
 * Inserts the new objects of a huge {@code addAll()} through a Hibernate StatelessSession sharing
 * the session's connection, in JDBC batches: the rows are part of the open transaction, but no
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

    // Added the usual way, before the bulk rows: objects that are not plain new ones.
    private final List<Object> first;
    // Inserted by the stateless session, in the order given.
    private final List<Object> rows;

    private BulkInsert(List<Object> first, List<Object> rows) {
        this.first = first;
        this.rows = rows;
    }

    /**
     * Sorts the objects into those added the usual way and the bulk rows, or returns null when
     * they must all be added the usual way. {@code pending} tells a new object that the session
     * will insert at its next flush.
     */
    static BulkInsert plan(SessionFactory factory, Entities entities, Collection<?> objects, Predicate<Object> pending) {
        Map<Class<?>, EntityPersister> persisters = new HashMap<>();
        // Each object given, once, and whether it goes in bulk (one identity map: a million objects are hashed once).
        Map<Object, Boolean> inBulk = new IdentityHashMap<>(objects.size());
        List<Object> inOrder = new ArrayList<>(objects.size());
        for (Object entity : objects) {
            if (entity == null || !persisters.containsKey(entity.getClass())) {
                entities.require(entity, "addAll");
                persisters.put(entity.getClass(), factory.unwrap(SessionFactoryImplementor.class)
                        .getMappingMetamodel().getEntityDescriptor(entity.getClass()));
            }
            if (inBulk.put(entity, Boolean.FALSE) == null) {
                inOrder.add(entity);
            }
        }
        Set<Object> referencedNew = identitySet();
        Set<Object> referencedSaved = identitySet();
        for (Object entity : inOrder) {
            EntityPersister persister = persisters.get(entity.getClass());
            if (persister.getIdentifierMapping().getIdentifier(entity) != null || pending.test(entity)) {
                continue;
            }
            Type[] types = persister.getPropertyTypes();
            Object[] values = persister.getValues(entity);
            if (!plain(types, values)) {
                continue;
            }
            inBulk.put(entity, Boolean.TRUE);
            for (int i = 0; i < types.length; i++) {
                Object target = types[i].isEntityType() ? values[i] : null;
                if (target == null || referencedSaved.contains(target) || referencedNew.contains(target)) {
                    continue;
                }
                if (entities.idOf(target) != null || pending.test(target)) {
                    referencedSaved.add(target);
                } else if (inBulk.containsKey(target)) {
                    referencedNew.add(target);
                } else {
                    return null; // a new object nothing saves first: the usual way cascades or refuses it
                }
            }
        }
        referencedNew.forEach(target -> inBulk.put(target, Boolean.FALSE));
        return split(inOrder, inBulk, entities);
    }

    private static BulkInsert split(List<Object> inOrder, Map<Object, Boolean> inBulk, Entities entities) {
        Set<Class<?>> bulkClasses = new HashSet<>();
        inBulk.forEach((entity, bulk) -> {
            if (bulk) {
                bulkClasses.add(entity.getClass());
            }
        });
        List<Object> first = new ArrayList<>();
        List<Object> rows = new ArrayList<>(inOrder.size());
        for (Object entity : inOrder) {
            if (inBulk.get(entity)) {
                rows.add(entity);
            } else if (bulkClasses.contains(entity.getClass()) && entities.idOf(entity) == null) {
                return null; // inserted the usual way among bulk rows of its table: the ids would be out of order
            } else {
                first.add(entity);
            }
        }
        return new BulkInsert(first, rows);
    }

    /** The objects to add the usual way (and flush) before {@link #insert}. */
    List<Object> first() {
        return first;
    }

    /** The objects {@link #insert} inserts; each gets its id. */
    List<Object> rows() {
        return rows;
    }

    /**
     * Inserts the rows on the session's connection, inside its open transaction, in JDBC batches:
     * an entity whose ids the database makes at insert through {@link KeyedBatchInsert}, any other
     * through a stateless session (Hibernate batches those when the ids come first, see BatchableIds).
     */
    void insert(Session session) {
        // Sharing the session's connection shares its transaction too, which Hibernate requires before it batches.
        try (StatelessSession stateless = session.statelessWithOptions().connection().open()) {
            var implementor = (SharedSessionContractImplementor) stateless;
            Map<Class<?>, List<Object>> byClass = new java.util.LinkedHashMap<>();
            rows.forEach(row -> byClass.computeIfAbsent(row.getClass(), c -> new ArrayList<>()).add(row));
            byClass.forEach((entityClass, objects) -> {
                KeyedBatchInsert keyed = KeyedBatchInsert.of(
                        implementor.getFactory().getMappingMetamodel().getEntityDescriptor(entityClass), implementor);
                for (int from = 0; from < objects.size(); from += BATCH) {
                    List<Object> batch = objects.subList(from, Math.min(objects.size(), from + BATCH));
                    if (keyed != null) {
                        keyed.insert(implementor, batch);
                    } else {
                        BatchableIds.reserveFor(implementor, batch);
                        stateless.insertMultiple(batch);
                    }
                }
            });
        }
    }

    // No component (it may hold associations) and no collection with elements (a stateless session ignores collections).
    private static boolean plain(Type[] types, Object[] values) {
        for (int i = 0; i < types.length; i++) {
            if (types[i].isComponentType()
                    || values[i] instanceof Collection<?> c && !c.isEmpty() || values[i] instanceof Map<?, ?> m && !m.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static Set<Object> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
