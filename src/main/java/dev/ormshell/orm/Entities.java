package dev.ormshell.orm;

import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Objects;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.ComponentType;

/** What the session needs to know about an object of the model: is it an entity, and its id. */
final class Entities {

    private final SessionFactory factory;

    private final EntityText text;

    Entities(SessionFactory factory) {
        this.factory = factory;
        this.text = new EntityText(factory);
    }

    /** Refuses null and objects that are not entities of the model, naming the ones that are. */
    void require(Object entity, String operation) {
        requireFor("db.session." + operation, entity);
    }

    /** The same, for the call named (e.g. {@code db.inspect}). */
    void requireFor(String call, Object entity) {
        if (entity == null) {
            throw new ShellDatabaseException(call + "(null): give an entity object, e.g. new Role(\"Admin\")");
        }
        requireClass(entity instanceof HibernateProxy proxy
                ? proxy.getHibernateLazyInitializer().getPersistentClass() : entity.getClass(), call);
    }

    /** Refuses a class that is not an entity of the model, naming the ones that are and the call (e.g. {@code db.query}). */
    void requireClass(Class<?> type, String call) {
        if (type == null) {
            throw new ShellDatabaseException(call + "(null): give an entity class, e.g. User.class");
        }
        try {
            factory.getMetamodel().entity(type);
        } catch (IllegalArgumentException e) {
            String known = String.join(", ", factory.getMetamodel().getEntities().stream()
                    .map(EntityType::getName).sorted().toList());
            throw new ShellDatabaseException(call + ": " + type.getSimpleName()
                    + " is not an entity (entities: " + known + ")");
        }
    }

    /** Hibernate's description of an entity class: its properties, their types and values; null for a class that is none. */
    EntityPersister persister(Class<?> type) {
        return factory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().findEntityDescriptor(type);
    }

    /**
     * The object's id; null while it has none yet. A composite id whose parts are all unset counts
     * as none: an {@code @EmbeddedId} filled in from {@code @MapsId} associations is only set on
     * save, so the new object holds an empty one until then.
     */
    Object idOf(Object entity) {
        Object id = factory.getPersistenceUnitUtil().getIdentifier(entity);
        EntityPersister persister = id == null ? null : persister(Hibernate.getClass(entity));
        if (persister != null && persister.getIdentifierType() instanceof ComponentType composite
                && Arrays.stream(composite.getPropertyValues(id)).allMatch(Objects::isNull)) {
            return null;
        }
        return id;
    }

    /**
     * Reads the row with this id into the very object the user holds, which becomes part of the
     * session (a merge would put a copy there instead). Fails when the row is gone.
     */
    @SuppressWarnings("deprecation") // Session.load(Object, Object) is the one way to read state into an existing instance
    void load(Session session, Object entity, Object id) {
        session.load(entity, id);
    }

    /** Sets the id back to null: the row it named was rolled back, so add() must insert the object again. */
    void forgetId(Object entity) {
        EntityType<?> type = factory.getMetamodel().entity(entity.getClass());
        if (type.getIdType() == null) {
            return;
        }
        if (type.getId(type.getIdType().getJavaType()).getJavaMember() instanceof Field field) {
            try {
                field.setAccessible(true);
                field.set(entity, null);
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // A primitive or inaccessible id: leave it; add() will merge instead.
            }
        }
    }

    /** The object as the shell prints it ({@code <Country 'NL'>}), for messages that name it. */
    String text(Object entity) {
        return text.of(entity);
    }
}
