package dev.ormshell.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.Interceptor;
import org.hibernate.Session;
import org.hibernate.type.Type;

/**
 * The objects a transaction touched, so that a rollback treats them as SQLAlchemy does: the
 * ones it inserted get their id back to null (adding them again inserts them), and the ones the
 * user may still hold are read again into the next session, so their variables stay usable.
 */
final class TransactionObjects {

    // A rollback reads at most this many held objects back into the new session (one select each).
    private static final int REATTACH_LIMIT = 10_000;

    private final Entities entities;
    private final Set<Object> inserted = Collections.newSetFromMap(new IdentityHashMap<>());
    // Rows a huge addAll() inserted in this transaction (never in the session, so a plain list will do).
    private final List<Object> bulkInserted = new ArrayList<>();
    private final RecentObjects recent = new RecentObjects(REATTACH_LIMIT);
    // Told when the session marks an object for deletion (its state becomes "deleted").
    private final Consumer<Object> removed;

    TransactionObjects(Entities entities, Consumer<Object> removed) {
        this.entities = entities;
        this.removed = removed;
    }

    /** Hibernate's hook that tells this what a session loads and inserts. */
    Interceptor tracker() {
        return new Tracker();
    }

    void bulkInserted(Collection<?> rows) {
        bulkInserted.addAll(rows);
    }

    /** The transaction was committed: its inserts are for good. */
    void committed() {
        inserted.clear();
        bulkInserted.clear();
    }

    /**
     * The objects the user may still hold that existed before this transaction (Hibernate may
     * already have cleared its own context on a failed commit, so the list is kept here).
     */
    List<Object> held() {
        List<Object> held = recent.alive();
        held.removeIf(inserted::contains);
        return held;
    }

    /** The transaction was rolled back: what it inserted has no row, so its id is forgotten. */
    void rolledBack() {
        inserted.forEach(entities::forgetId);
        inserted.clear();
        bulkInserted.forEach(entities::forgetId);
        bulkInserted.clear();
    }

    /** The session is closed for good: nothing is read back. */
    void forget() {
        recent.clear();
    }

    /**
     * Puts the objects into the new session with their state read from the database, so that the
     * user's variables stay usable after a rollback: changing one is saved by the next commit and
     * a new object may refer to it. An object whose row is gone stays detached.
     */
    void readAgain(List<Object> held, Session fresh) {
        for (Object entity : held) {
            Object id = entities.idOf(entity);
            if (id == null || fresh.contains(entity)) {
                continue;
            }
            try {
                entities.load(fresh, entity, id);
            } catch (RuntimeException gone) {
                // Deleted meanwhile, or the database is unreachable: the object stays detached.
            }
        }
    }

    /** Remembers what a transaction inserts, and what the session loaded, saved or marked for deletion. */
    private final class Tracker implements Interceptor {
        @Override
        public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
            inserted.add(entity);
            recent.add(entity);
            return false;
        }

        @Override
        public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
            removed.accept(entity);
        }

        @Override
        public boolean onLoad(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
            recent.add(entity);
            return false;
        }
    }
}
