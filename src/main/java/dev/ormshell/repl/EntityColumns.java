package dev.ormshell.repl;

import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;

/**
 * The columns of an entity shown in a table: its single-valued attributes from the Hibernate
 * metamodel, in the order the class declares them (collections are left out: they are queries).
 */
final class EntityColumns {

    private final List<SingularAttribute<?, ?>> attributes;

    private EntityColumns(List<SingularAttribute<?, ?>> attributes) {
        this.attributes = attributes;
    }

    /**
     * The columns the entities have in common: those of their nearest common entity class (all
     * of a JOINED or SINGLE_TABLE hierarchy's rows show its root's attributes), or null when the
     * items are not all entities of one hierarchy.
     */
    static EntityColumns common(List<Object> items, SessionFactory factory) {
        if (items.isEmpty() || items.contains(null)) {
            return null;
        }
        List<Class<?>> classes = items.stream().<Class<?>>map(Hibernate::getClass).distinct().toList();
        for (Class<?> type = classes.get(0); type != null && type != Object.class; type = type.getSuperclass()) {
            Class<?> candidate = type;
            if (classes.stream().allMatch(candidate::isAssignableFrom)) {
                EntityType<?> entity = entityOrNull(candidate, factory);
                if (entity != null) {
                    return of(candidate, entity);
                }
            }
        }
        return null;
    }

    private static EntityType<?> entityOrNull(Class<?> type, SessionFactory factory) {
        try {
            return factory.getMetamodel().entity(type);
        } catch (IllegalArgumentException notAnEntity) {
            return null;
        }
    }

    private static EntityColumns of(Class<?> type, EntityType<?> entity) {
        Map<String, SingularAttribute<?, ?>> byName = entity.getSingularAttributes().stream()
                .collect(Collectors.toMap(SingularAttribute::getName, a -> a));
        List<SingularAttribute<?, ?>> ordered = new ArrayList<>();
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                SingularAttribute<?, ?> attribute = byName.remove(field.getName());
                if (attribute != null) {
                    ordered.add(attribute);
                }
            }
        }
        byName.values().stream().sorted(java.util.Comparator.comparing(SingularAttribute::getName)).forEach(ordered::add);
        return new EntityColumns(ordered);
    }

    List<String> names() {
        return attributes.stream().map(SingularAttribute::getName).toList();
    }

    /** The attribute values of the entity, in column order. */
    List<Object> values(Object entity) {
        Object real = Hibernate.unproxy(entity);
        List<Object> values = new ArrayList<>();
        for (SingularAttribute<?, ?> attribute : attributes) {
            values.add(read(attribute.getJavaMember(), real));
        }
        return values;
    }

    private static Object read(Member member, Object entity) {
        try {
            if (member instanceof Field field) {
                field.setAccessible(true);
                return field.get(entity);
            }
            if (member instanceof Method method) {
                method.setAccessible(true);
                return method.invoke(entity);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "?";
        }
        return "?";
    }
}
