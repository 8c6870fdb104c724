package dev.ormshell.orm;

import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.Status;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.ManyToOneType;

/**
 * The rows that refer to an object about to be deleted, through a foreign key of any entity
 * (a many-to-one, or the owning side of a one-to-one). As Flask-SQLAlchemy does, a key that may
 * be NULL is set to NULL, in the objects loaded and in the rows not loaded, before the object
 * is deleted; a delete that a NOT NULL key still points at is refused, naming those rows, and
 * changes nothing. Without this, Hibernate drops the delete in silence when a loaded object
 * that refers to it cascades persist (as User.role does), or the database refuses it.
 */
final class References {

    private static final int NAMED = 10;

    /** One foreign key to a type: the entity holding it, the attribute, whether it may be NULL. */
    private record Reference(Class<?> holder, String entityName, String attribute, boolean nullable) {
    }

    private final SessionFactory factory;
    private final Entities entities;
    private final Map<Class<?>, List<Reference>> toType = new ConcurrentHashMap<>();

    References(SessionFactory factory, Entities entities) {
        this.factory = factory;
        this.entities = entities;
    }

    /**
     * Lets every row and object that refers to {@code target} go of it, or refuses the delete.
     * {@code pending} are the objects added but not flushed yet, which may refer to it too.
     */
    void letGo(Session session, Object target, List<Object> pending) {
        List<Reference> references = to(target);
        if (references.isEmpty()) {
            return;
        }
        for (Reference reference : references) {
            if (!reference.nullable()) {
                refuseIfReferred(session, target, reference, pending);
            }
        }
        UnitOfWork.begin(session);
        for (Reference reference : references) {
            if (reference.nullable()) {
                forEachReferring(session, target, reference, pending, (persister, holder) ->
                        persister.setPropertyValue(holder, indexOf(persister, reference.attribute()), null));
                // Not flushed first: the other changes of the session stay pending (what /pending and
                // db.session.dirty() show) until the flush, as the delete itself does.
                session.createMutationQuery("update " + reference.entityName() + " set " + reference.attribute()
                        + " = null where " + reference.attribute() + " = :target").setParameter("target", target)
                        .setHibernateFlushMode(FlushMode.MANUAL).executeUpdate();
            }
        }
    }

    private void refuseIfReferred(Session session, Object target, Reference reference, List<Object> pending) {
        List<Object> ids = new ArrayList<>(session.createSelectionQuery("select e from " + reference.entityName()
                        + " e where e." + reference.attribute() + " = :target", Object.class)
                .setParameter("target", target).setMaxResults(NAMED + 1).getResultList().stream()
                .map(entities::idOf).toList());
        List<Object> added = new ArrayList<>();
        forEachReferring(session, target, reference, pending, (persister, holder) -> {
            if (entities.idOf(holder) == null) {
                added.add(holder);
            }
        });
        if (ids.isEmpty() && added.isEmpty()) {
            return;
        }
        String rows = ids.stream().limit(NAMED).map(String::valueOf).collect(Collectors.joining(", "))
                + (ids.size() > NAMED ? " and more" : "");
        String holder = reference.holder().getSimpleName();
        String referrers = (ids.isEmpty() ? "" : holder + " " + rows)
                + (added.isEmpty() ? "" : (ids.isEmpty() ? "" : " and ") + added.size() + " new " + holder + " not saved yet");
        throw new ShellDatabaseException("db.session.delete: " + describe(target) + " is still referred to by " + referrers
                + " (" + holder + "." + reference.attribute() + " cannot be null); delete those or point them elsewhere first");
    }

    private interface Holder {
        void accept(EntityPersister persister, Object holder);
    }

    // The loaded objects (and the pending new ones) whose attribute holds the target itself.
    private void forEachReferring(Session session, Object target, Reference reference, List<Object> pending, Holder action) {
        var context = ((SharedSessionContractImplementor) session).getPersistenceContextInternal();
        List<Object> holders = new ArrayList<>(pending);
        for (Map.Entry<Object, EntityEntry> entry : context.reentrantSafeEntityEntries()) {
            if (entry.getValue().getStatus() == Status.MANAGED) {
                holders.add(entry.getKey());
            }
        }
        for (Object holder : holders) {
            if (reference.holder().isInstance(holder)) {
                EntityPersister persister = persister(holder.getClass());
                if (persister.getPropertyValue(holder, reference.attribute()) == target) {
                    action.accept(persister, holder);
                }
            }
        }
    }

    private List<Reference> to(Object target) {
        return toType.computeIfAbsent(target.getClass(), this::find);
    }

    private List<Reference> find(Class<?> target) {
        List<Reference> found = new ArrayList<>();
        for (EntityType<?> type : factory.getMetamodel().getEntities()) {
            EntityPersister persister = persister(type.getJavaType());
            for (SingularAttribute<?, ?> attribute : type.getSingularAttributes()) {
                if (inherited(type, attribute.getName())
                        || !(persister.getPropertyType(attribute.getName()) instanceof ManyToOneType key)
                        || !key.getReturnedClass().isAssignableFrom(target)) {
                    continue;
                }
                boolean nullable = persister.getPropertyNullability()[indexOf(persister, attribute.getName())];
                found.add(new Reference(type.getJavaType(), type.getName(), attribute.getName(), nullable));
            }
        }
        return List.copyOf(found);
    }

    private static int indexOf(EntityPersister persister, String attribute) {
        return java.util.Arrays.asList(persister.getPropertyNames()).indexOf(attribute);
    }

    // An attribute an entity superclass declares is handled there (its update reaches every subclass).
    private static boolean inherited(EntityType<?> type, String attribute) {
        if (!(type.getSupertype() instanceof EntityType<?> parent)) {
            return false;
        }
        try {
            parent.getAttribute(attribute);
            return true;
        } catch (IllegalArgumentException notThere) {
            return false;
        }
    }

    private EntityPersister persister(Class<?> type) {
        return entities.persister(type);
    }

    private String describe(Object target) {
        String text = String.valueOf(target);
        // An entity without a toString of its own is named by its type and id.
        return text.startsWith(target.getClass().getName() + "@")
                ? target.getClass().getSimpleName() + " " + entities.idOf(target) : text;
    }
}
