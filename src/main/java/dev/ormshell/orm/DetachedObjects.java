package dev.ormshell.orm;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.PersistenceException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.CascadeStyle;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;
import org.hibernate.generator.Assigned;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

/**
 * Objects from a closed session, a rolled-back transaction or an earlier delete, given to the
 * session again. As SQLAlchemy's {@code add()} does, the very object the user holds becomes part
 * of the session again, its unsaved changes kept: by {@code db.session.add(it)}, and when a new
 * or changed object that refers to it is saved (Hibernate would refuse a "detached entity").
 * An object whose row is gone cannot come back; the error names it and says what to do.
 */
final class DetachedObjects implements PersistEventListener {

    private final Entities entities;

    private DetachedObjects(Entities entities) {
        this.entities = entities;
    }

    /** Brings detached objects back whenever the factory's sessions cascade a save to them. */
    static DetachedObjects of(SessionFactory factory, Entities entities) {
        EventListenerRegistry registry = factory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        for (EventType<PersistEventListener> type : java.util.List.of(EventType.PERSIST, EventType.PERSIST_ONFLUSH)) {
            for (PersistEventListener listener : registry.getEventListenerGroup(type).listeners()) {
                if (listener instanceof DetachedObjects installed) {
                    return installed;
                }
            }
        }
        DetachedObjects detached = new DetachedObjects(entities);
        registry.prependListeners(EventType.PERSIST, detached);
        registry.prependListeners(EventType.PERSIST_ONFLUSH, detached);
        return detached;
    }

    /**
     * The object as part of the session, for {@code add} or {@code delete}: itself brought back,
     * or, when the session already holds another object for its row, that one with its state.
     * Null for an {@code add} of a new object whose id the application assigns (a country's
     * code): it has an id but no row yet, and is saved as any new object is.
     */
    Object inSession(Session session, Object entity, String operation) {
        var context = ((SharedSessionContractImplementor) session).getPersistenceContextInternal();
        if (session.contains(entity) || context.getEntry(entity) != null) {
            if (!session.contains(entity)) {
                session.persist(entity); // deleted, not yet flushed: adding it undoes the delete
            }
            return entity;
        }
        Object holding = holderOfRow(session, entity);
        if (holding != null) {
            return session.merge(entity);
        }
        if (!bringBack(session, entity)) {
            if (operation.equals("add") && persister(entity).getGenerator() instanceof Assigned) {
                return null;
            }
            throw new ShellDatabaseException(gone(entity, operation));
        }
        return entity;
    }

    /**
     * Before a new object is saved: the objects it refers to (and would save along, as User.role)
     * that belong to no session are brought back, or replaced by the session's own object for
     * their row, so that saving it does not fail on a "detached entity".
     */
    void attachReferences(Session session, Object holder) {
        EntityPersister persister = persister(holder);
        Type[] types = persister.getPropertyTypes();
        CascadeStyle[] cascades = persister.getPropertyCascadeStyles();
        for (int i = 0; i < types.length; i++) {
            if (types[i].isEntityType() && cascades[i].doCascade(CascadingActions.PERSIST)) {
                Object value = persister.getValue(holder, i);
                if (value != null) {
                    persister.setValue(holder, i, attachable(session, value));
                }
            }
        }
    }

    @Override
    public void onPersist(PersistEvent event) {
        Object entity = event.getObject();
        SharedSessionContractImplementor session = event.getSession();
        if (entity == null || persister(entity) == null || session.getPersistenceContextInternal().getEntry(entity) != null
                || entities.idOf(entity) == null) {
            return; // not an entity, in the session already, or new
        }
        Object holding = holderOfRow((Session) session, entity);
        if (holding != null) {
            throw new EntityExistsException(entity + " comes from a closed session, and this session holds its row already"
                    + " as another object: refer to that one (e.g. " + entity.getClass().getSimpleName() + ".query.get("
                    + entities.idOf(entity) + "))");
        }
        if (!bringBack((Session) session, entity) && !(persister(entity).getGenerator() instanceof Assigned)) {
            throw new EntityNotFoundException(gone(entity, "add"));
        }
    }

    @Override
    public void onPersist(PersistEvent event, PersistContext createdAlready) {
        onPersist(event);
    }

    // What a reference should point at: the object itself when it is new or in the session (or can
    // be brought back), the session's own object when that holds its row.
    private Object attachable(Session session, Object value) {
        var context = ((SharedSessionContractImplementor) session).getPersistenceContextInternal();
        if (context.getEntry(value) != null || entities.idOf(value) == null) {
            return value;
        }
        Object holding = holderOfRow(session, value);
        if (holding != null) {
            return holding;
        }
        bringBack(session, value); // a row that is gone fails at the flush, naming the object
        return value;
    }

    private Object holderOfRow(Session session, Object entity) {
        var implementor = (SharedSessionContractImplementor) session;
        return implementor.getPersistenceContextInternal().getEntity(implementor.generateEntityKey(entities.idOf(entity), persister(entity)));
    }

    /**
     * Reads the row into the object, which joins the session, then puts the user's changes back
     * (references to objects of no session are attached in turn); false when the row is gone.
     */
    private boolean bringBack(Session session, Object entity) {
        EntityPersister persister = persister(entity);
        Object[] changed = persister.getValues(entity);
        try {
            entities.load(session, entity, entities.idOf(entity));
        } catch (PersistenceException gone) {
            return false;
        }
        Type[] types = persister.getPropertyTypes();
        for (int i = 0; i < types.length; i++) {
            // A collection read from the row replaces the old session's, which no session may share.
            if (types[i].isCollectionType()) {
                continue;
            }
            persister.setValue(entity, i, types[i].isEntityType() && changed[i] != null ? attachable(session, changed[i]) : changed[i]);
        }
        return true;
    }

    private EntityPersister persister(Object entity) {
        return entities.persister(entity.getClass());
    }

    private String gone(Object entity, String operation) {
        return "db.session." + operation + "(" + entities.text(entity) + "): its row was deleted, so it cannot be "
                + (operation.equals("delete") ? "deleted again" : "added back; make a new "
                + entity.getClass().getSimpleName() + " for a new row");
    }
}
