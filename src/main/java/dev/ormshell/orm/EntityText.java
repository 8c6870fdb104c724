package dev.ormshell.orm;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.LazyInitializationException;
import org.hibernate.SessionFactory;
import org.hibernate.collection.spi.AbstractPersistentCollection;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * How the shell prints an object of the model. An entity prints with its own {@code toString()}
 * when its class has one (declared or inherited), else as {@code <Owner 1>}: its entity name and
 * id. An embeddable without a {@code toString()} prints its attributes, as a record does.
 * Printing never fails: a {@code toString()} that needs what cannot be loaded any more (a lazy
 * association of an object whose session is gone) falls back to the shell's form, and a
 * collection that cannot be loaded says so instead of throwing.
 */
public final class EntityText {

    private enum Kind { ENTITY, EMBEDDABLE, OTHER }

    private final SessionFactory factory;
    private final Map<Class<?>, Kind> kinds = new ConcurrentHashMap<>();

    public EntityText(SessionFactory factory) {
        this.factory = factory;
    }

    /**
     * The text of a model object (an entity, an embeddable, a proxy, a lazy collection that cannot
     * be loaded, a page of results); null for any other value, which prints as itself. A proxy is
     * loaded to print it, as its own {@code toString()} would.
     */
    public String of(Object value) {
        return text(value, true);
    }

    /** The same for a cell of a table: an association not loaded yet stays so ({@code <Owner 1>}), rather than a query per row. */
    public String cell(Object value) {
        return text(value, false);
    }

    private String text(Object value, boolean load) {
        if (value == null) {
            return null;
        }
        if (value instanceof HibernateProxy proxy) {
            return proxy(proxy.getHibernateLazyInitializer(), load);
        }
        if (value instanceof PersistentCollection<?> collection) {
            return unreadable(collection) ? "<" + shortRole(collection.getRole()) + ": not loaded, its object is detached>" : null;
        }
        if (value instanceof Pagination<?> page) {
            return page.toString(this::orItself);
        }
        return switch (kinds.computeIfAbsent(value.getClass(), this::kindOf)) {
            case ENTITY -> entity(value);
            case EMBEDDABLE -> hasOwnToString(value.getClass()) ? ownText(value, () -> attributes(value)) : attributes(value);
            case OTHER -> null;
        };
    }

    private String proxy(LazyInitializer lazy, boolean load) {
        if (lazy.isUninitialized()) {
            SharedSessionContractImplementor session = lazy.getSession();
            if (!load || session == null || !session.isOpen()) {
                return shellForm(lazy.getPersistentClass(), lazy.getInternalIdentifier());
            }
            try {
                lazy.initialize();
            } catch (RuntimeException gone) {
                return shellForm(lazy.getPersistentClass(), lazy.getInternalIdentifier());
            }
        }
        return entity(lazy.getImplementation());
    }

    private String entity(Object entity) {
        return hasOwnToString(entity.getClass()) ? ownText(entity, () -> shellForm(entity)) : shellForm(entity);
    }

    // The object's own toString(); where it cannot run to the end, the shell's form (and why, unless
    // the reason is only that something lazy cannot be loaded any more).
    private static String ownText(Object object, java.util.function.Supplier<String> shellForm) {
        try {
            return String.valueOf(object.toString());
        } catch (LazyInitializationException notLoadable) {
            return shellForm.get();
        } catch (StackOverflowError endless) {
            return shellForm.get() + " (its toString() calls itself without end)";
        } catch (RuntimeException failed) {
            return shellForm.get() + " (its toString() failed: " + failed.getClass().getSimpleName()
                    + (failed.getMessage() == null ? "" : ": " + ErrorMessages.oneLine(failed.getMessage())) + ")";
        }
    }

    private String shellForm(Object entity) {
        Object id;
        try {
            id = factory.getPersistenceUnitUtil().getIdentifier(entity);
        } catch (RuntimeException unreadable) {
            id = null;
        }
        return shellForm(entity.getClass(), id);
    }

    // The entity's name as queries know it (a nested class's without its outer class).
    private String shellForm(Class<?> type, Object id) {
        String entityName = factory.getMetamodel().entity(type).getName();
        String name = entityName.substring(Math.max(entityName.lastIndexOf('.'), entityName.lastIndexOf('$')) + 1);
        if (id == null) {
            return "<" + name + " (no id yet)>";
        }
        String key = id instanceof CharSequence text ? Repr.quoted(text.toString())
                : id instanceof Number || id instanceof UUID ? id.toString() : compositeKey(id);
        return "<" + name + " " + key + ">";
    }

    // An @EmbeddedId prints as the embeddable it is; an @IdClass without a toString() by its fields.
    private String compositeKey(Object id) {
        String text = text(id, false);
        return text != null ? text : hasOwnToString(id.getClass()) ? String.valueOf(id) : attributes(id);
    }

    // Attributes in the order the class declares them, as a record prints: Address[street=…, city=…].
    private String attributes(Object value) {
        StringJoiner out = new StringJoiner(", ", value.getClass().getSimpleName() + "[", "]");
        for (Field field : fields(value.getClass())) {
            try {
                field.setAccessible(true);
                out.add(field.getName() + "=" + orItself(field.get(value)));
            } catch (ReflectiveOperationException | RuntimeException unreadable) {
                out.add(field.getName() + "=?");
            }
        }
        return out.toString();
    }

    private List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        ManagedType<?> managed = managed(type);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            List<Field> own = new ArrayList<>();
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()
                        && (managed == null || isAttribute(managed, field))) {
                    own.add(field);
                }
            }
            fields.addAll(0, own);
        }
        return fields;
    }

    private static boolean isAttribute(ManagedType<?> type, Field field) {
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            Member member = attribute.getJavaMember();
            if (attribute.getName().equals(field.getName()) || member instanceof Field f && f.equals(field)) {
                return true;
            }
        }
        return false;
    }

    private String orItself(Object value) {
        String text = text(value, false);
        return text != null ? text : String.valueOf(value);
    }

    private Kind kindOf(Class<?> type) {
        Metamodel model = factory.getMetamodel();
        try {
            model.entity(type);
            return Kind.ENTITY;
        } catch (IllegalArgumentException notEntity) {
            try {
                model.embeddable(type);
                return Kind.EMBEDDABLE;
            } catch (IllegalArgumentException notEmbeddable) {
                return Kind.OTHER;
            }
        }
    }

    private ManagedType<?> managed(Class<?> type) {
        try {
            return factory.getMetamodel().managedType(type);
        } catch (IllegalArgumentException notManaged) {
            return null;
        }
    }

    private static boolean hasOwnToString(Class<?> type) {
        try {
            Method toString = type.getMethod("toString");
            return toString.getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException impossible) {
            return false;
        }
    }

    private static boolean unreadable(PersistentCollection<?> collection) {
        if (collection.wasInitialized() || !(collection instanceof AbstractPersistentCollection<?> lazy)) {
            return false;
        }
        SharedSessionContractImplementor session = lazy.getSession();
        return session == null || !session.isOpen();
    }

    private static String shortRole(String role) {
        int dot = role.lastIndexOf('.');
        int previous = dot <= 0 ? -1 : role.lastIndexOf('.', dot - 1);
        return role.substring(previous + 1);
    }
}
