package dev.ormshell.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.Status;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

/**
 * Tells where the session's objects stand, as SQLAlchemy does: which are pending (its
 * {@code session.new}), which persistent objects changed ({@code session.dirty}), which are marked
 * for deletion ({@code session.deleted}), and the state of any one object. It only reads what the
 * session holds in memory: nothing is flushed and no SQL is sent.
 */
final class ObjectStates {

    private final SessionFactoryImplementor factory;
    private final Entities entities;
    private final NewObjects newObjects;
    // The session's Hibernate Session if one is open, else null (none is opened just to look).
    private final Supplier<Session> openSession;
    // Objects whose removal the session scheduled in this transaction: once flushed, Hibernate forgets them.
    private final Set<Object> removed = Collections.newSetFromMap(new IdentityHashMap<>());

    ObjectStates(SessionFactoryImplementor factory, Entities entities, NewObjects newObjects, Supplier<Session> openSession) {
        this.factory = factory;
        this.entities = entities;
        this.newObjects = newObjects;
        this.openSession = openSession;
    }

    /** Hibernate scheduled the object's removal (at delete(), cascades included). */
    void removed(Object entity) {
        removed.add(entity);
    }

    /** The transaction ended (commit or rollback): its deletions are no longer "deleted" but gone or undone. */
    void transactionEnded() {
        removed.clear();
    }

    Inspection inspect(Object entity) {
        PersistenceContext context = context();
        EntityEntry entry = context == null ? null : context.getEntry(entity);
        Status status = entry == null ? null : entry.getStatus();
        if (newObjects.contains(entity) || entry == null && entities.idOf(entity) == null && containsSame(pending(), entity)) {
            return new Inspection(entity, entities.text(entity), ObjectState.PENDING, null, false, List.of());
        }
        if (status == Status.DELETED) {
            return new Inspection(entity, entities.text(entity), ObjectState.PERSISTENT, entry.getId(), true, List.of());
        }
        if (entry != null && status != Status.GONE) {
            return new Inspection(entity, entities.text(entity), ObjectState.PERSISTENT, entry.getId(), false, changes(entity, entry));
        }
        Object id = entities.idOf(entity);
        if (removed.contains(entity)) {
            return new Inspection(entity, entities.text(entity), ObjectState.DELETED, id, false, List.of());
        }
        return new Inspection(entity, entities.text(entity), id == null ? ObjectState.TRANSIENT : ObjectState.DETACHED, id, false, List.of());
    }

    /**
     * The objects the next flush inserts, in the order Hibernate inserts them: those given to
     * add(), in order, and the new objects they (or persistent objects) reach through associations
     * that cascade a save, an object's new to-one targets before it, its collections after it.
     */
    List<Object> pending() {
        PersistenceContext context = context();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> pending = new ArrayList<>();
        for (Object entity : newObjects.all()) {
            visit(entity, context, seen, pending);
        }
        if (context != null) {
            for (Map.Entry<Object, EntityEntry> managed : context.reentrantSafeEntityEntries()) {
                if (managed.getValue().getStatus() == Status.MANAGED) {
                    cascadedSaves(managed.getKey(), true).forEach(target -> visitIfNew(target, context, seen, pending));
                    cascadedSaves(managed.getKey(), false).forEach(target -> visitIfNew(target, context, seen, pending));
                }
            }
        }
        return pending;
    }

    private void visitIfNew(Object entity, PersistenceContext context, Set<Object> seen, List<Object> pending) {
        if (isTransient(entity, context)) {
            visit(entity, context, seen, pending);
        }
    }

    private void visit(Object entity, PersistenceContext context, Set<Object> seen, List<Object> pending) {
        if (!seen.add(entity)) {
            return;
        }
        cascadedSaves(entity, true).forEach(target -> visitIfNew(target, context, seen, pending));
        pending.add(entity);
        cascadedSaves(entity, false).forEach(target -> visitIfNew(target, context, seen, pending));
    }

    /** A persistent object whose attributes differ from what was loaded or last flushed. */
    record Changed(Object entity, Object id, List<AttributeChange> changes) {
    }

    /** The persistent objects that changed, in the session's order, with their changes. */
    List<Changed> changed() {
        List<Changed> changed = new ArrayList<>();
        forEachEntry(Status.MANAGED, (entity, entry) -> {
            List<AttributeChange> changes = changes(entity, entry);
            if (!changes.isEmpty()) {
                changed.add(new Changed(entity, entry.getId(), changes));
            }
        });
        return changed;
    }

    /** Persistent objects with an attribute that differs from what was loaded or last flushed. */
    List<Object> dirty() {
        return changed().stream().map(Changed::entity).toList();
    }

    /** Objects marked for deletion whose delete the next flush sends. */
    List<Object> deleted() {
        List<Object> deleted = new ArrayList<>();
        forEachEntry(Status.DELETED, (entity, entry) -> deleted.add(entity));
        return deleted;
    }

    EntityPersister persister(Object entity) {
        return factory.getMappingMetamodel().findEntityDescriptor(entity.getClass());
    }

    private List<AttributeChange> changes(Object entity, EntityEntry entry) {
        Object[] loaded = entry.getLoadedState();
        if (loaded == null) {
            return List.of();
        }
        EntityPersister persister = entry.getPersister();
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        Object[] values = persister.getValues(entity);
        List<AttributeChange> changes = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            // A collection's changes are its elements' rows, not a column of this one.
            if (!types[i].isCollectionType() && !same(types[i], loaded[i], values[i])) {
                changes.add(new AttributeChange(names[i], loaded[i], values[i]));
            }
        }
        return changes;
    }

    private boolean same(Type type, Object old, Object now) {
        if (old == now) {
            return true;
        }
        if (type.isEntityType()) {
            // The same row, even as another instance; a new object (no id yet) is never the same.
            Object oldId = old == null ? null : entities.idOf(old);
            return oldId != null && now != null && oldId.equals(entities.idOf(now));
        }
        try {
            return !type.isDirty(old, now, (SharedSessionContractImplementor) openSession.get());
        } catch (RuntimeException e) {
            return Objects.equals(old, now);
        }
    }

    // The objects an entity refers to through to-one associations (or collections) that cascade a save.
    private List<Object> cascadedSaves(Object entity, boolean toOne) {
        EntityPersister persister = persister(entity);
        if (persister == null) {
            return List.of();
        }
        List<Object> reached = new ArrayList<>();
        Type[] types = persister.getPropertyTypes();
        var styles = persister.getPropertyCascadeStyles();
        for (int i = 0; i < types.length; i++) {
            if (!styles[i].doCascade(CascadingActions.PERSIST)) {
                continue;
            }
            Object value = persister.getValue(entity, i);
            if (toOne && types[i].isEntityType() && value != null) {
                reached.add(value);
            } else if (!toOne && types[i].isCollectionType() && value != null && Hibernate.isInitialized(value)) {
                // Only a collection already in memory: reading one from the database is not looking.
                Collection<?> elements = value instanceof Map<?, ?> map ? map.values() : (Collection<?>) value;
                reached.addAll(elements);
            }
        }
        return reached;
    }

    private boolean isTransient(Object entity, PersistenceContext context) {
        return persister(entity) != null && (context == null || !context.isEntryFor(entity)) && entities.idOf(entity) == null;
    }

    private static boolean containsSame(List<Object> objects, Object entity) {
        return objects.stream().anyMatch(o -> o == entity);
    }

    private void forEachEntry(Status status, java.util.function.BiConsumer<Object, EntityEntry> action) {
        PersistenceContext context = context();
        if (context == null) {
            return;
        }
        for (Map.Entry<Object, EntityEntry> entry : context.reentrantSafeEntityEntries()) {
            if (entry.getValue().getStatus() == status) {
                action.accept(entry.getKey(), entry.getValue());
            }
        }
    }

    private PersistenceContext context() {
        Session session = openSession.get();
        return session == null ? null : ((SharedSessionContractImplementor) session).getPersistenceContextInternal();
    }
}
