package dev.ormshell.orm;

import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import org.hibernate.SessionFactory;
import org.hibernate.proxy.HibernateProxy;

/** What the session needs to know about an object of the model: is it an entity, and its id. */
final class Entities {

    private final SessionFactory factory;

    Entities(SessionFactory factory) {
        this.factory = factory;
    }

    /** Refuses null and objects that are not entities of the model, naming the ones that are. */
    void require(Object entity, String operation) {
        if (entity == null) {
            throw new ShellDatabaseException("db.session." + operation + "(null): give an entity object, e.g. new Role(\"Admin\")");
        }
        requireClass(entity instanceof HibernateProxy proxy
                ? proxy.getHibernateLazyInitializer().getPersistentClass() : entity.getClass(), operation);
    }

    /** Refuses a class that is not an entity of the model, naming the ones that are. */
    void requireClass(Class<?> type, String operation) {
        if (type == null) {
            throw new ShellDatabaseException("db.session." + operation + "(null): give an entity class, e.g. User.class");
        }
        try {
            factory.getMetamodel().entity(type);
        } catch (IllegalArgumentException e) {
            String known = String.join(", ", factory.getMetamodel().getEntities().stream()
                    .map(EntityType::getName).sorted().toList());
            throw new ShellDatabaseException("db.session." + operation + ": " + type.getSimpleName()
                    + " is not an entity (entities: " + known + ")");
        }
    }

    Object idOf(Object entity) {
        return factory.getPersistenceUnitUtil().getIdentifier(entity);
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
}
