package dev.ormshell.orm;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks attribute names given as strings ({@code filterBy("role", r)}, {@code orderBy("username desc")})
 * against the entity model, so a typo is an error naming the attributes that exist, and so
 * nothing but a checked attribute path is ever spliced into a query.
 */
final class AttributePaths {

    private static final Pattern PATH = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    // Paths already resolved, per model. A loop of filterBy("username", …) resolved the same path
    // every time, about a tenth of each lookup (regex, split, metamodel maps): measured in `bench` W2.
    // Only paths that resolved are kept, so the cache is bounded by the model; weak keys let a
    // closed database's model go.
    private static final Map<Metamodel, Map<String, Attribute<?, ?>>> RESOLVED =
            Collections.synchronizedMap(new WeakHashMap<>());

    private AttributePaths() {
    }

    /** Returns the attribute at the end of the dotted path, or throws a user-facing error. */
    static Attribute<?, ?> resolve(Metamodel metamodel, Class<?> entity, String path) {
        Map<String, Attribute<?, ?>> known = RESOLVED.computeIfAbsent(metamodel, m -> new ConcurrentHashMap<>());
        String key = entity.getName() + '#' + path;
        Attribute<?, ?> attribute = known.get(key);
        if (attribute == null) {
            attribute = resolveUncached(metamodel, entity, path);
            known.put(key, attribute);
        }
        return attribute;
    }

    private static Attribute<?, ?> resolveUncached(Metamodel metamodel, Class<?> entity, String path) {
        if (path == null || !PATH.matcher(path).matches()) {
            throw new ShellDatabaseException("'" + path + "' is not an attribute name of " + entity.getSimpleName());
        }
        ManagedType<?> type = metamodel.managedType(entity);
        Attribute<?, ?> attribute = null;
        String owner = entity.getSimpleName();
        for (String name : path.split("\\.")) {
            if (type == null) {
                throw new ShellDatabaseException(owner + " has no attributes: '" + path + "' cannot be resolved");
            }
            attribute = attributeOf(type, owner, name);
            owner = owner + "." + name;
            type = targetType(metamodel, attribute);
        }
        return attribute;
    }

    private static Attribute<?, ?> attributeOf(ManagedType<?> type, String owner, String name) {
        try {
            return type.getAttribute(name);
        } catch (IllegalArgumentException e) {
            String known = String.join(", ", type.getAttributes().stream().map(Attribute::getName).sorted().toList());
            throw new ShellDatabaseException(owner + " has no attribute '" + name + "' (it has: " + known + ")");
        }
    }

    private static ManagedType<?> targetType(Metamodel metamodel, Attribute<?, ?> attribute) {
        Class<?> target = attribute instanceof PluralAttribute<?, ?, ?> plural
                ? plural.getElementType().getJavaType()
                : ((SingularAttribute<?, ?>) attribute).getType().getJavaType();
        try {
            return metamodel.managedType(target);
        } catch (IllegalArgumentException notManaged) {
            return null;
        }
    }
}
