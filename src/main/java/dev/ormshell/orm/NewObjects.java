package dev.ormshell.orm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Objects given to {@code add()} that are not in the database yet. They are handed to
 * Hibernate, in the order they were added, only at the next flush: so their ids stay null until
 * then (as in SQLAlchemy), and on SQLite the id of each is taken inside the flush's transaction.
 */
final class NewObjects {

    private final Set<Object> members = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Object> inOrder = new ArrayList<>();

    void add(Object entity) {
        if (members.add(entity)) {
            inOrder.add(entity);
        }
    }

    /** Forgets an object added but never flushed; returns whether it was here. */
    boolean remove(Object entity) {
        if (!members.remove(entity)) {
            return false;
        }
        inOrder.removeIf(o -> o == entity);
        return true;
    }

    boolean contains(Object entity) {
        return members.contains(entity);
    }

    /** The objects, in the order they were added. */
    List<Object> inOrder() {
        return List.copyOf(inOrder);
    }

    boolean isEmpty() {
        return inOrder.isEmpty();
    }

    /** Persists every object in the session, in order, and forgets them. */
    void persistAll(Session session) {
        List<Object> objects = List.copyOf(inOrder);
        clear();
        BatchableIds.reserveFor((SharedSessionContractImplementor) session, objects);
        for (Object entity : objects) {
            session.persist(entity);
        }
    }

    void clear() {
        members.clear();
        inOrder.clear();
    }
}
