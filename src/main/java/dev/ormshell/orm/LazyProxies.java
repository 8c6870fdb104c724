package dev.ormshell.orm;

import java.util.HashSet;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.Value;

/**
 * Hibernate generates a proxy class for every lazy entity with ByteBuddy as it boots, about
 * 150 ms of a shell's start for the built-in model (measured, {@code bench} start-up). A proxy
 * is only ever used for a lazy to-one association, and by {@code session.getReference()}: this
 * keeps proxies for the entities a lazy to-one association points to, as the application has
 * them, and drops the others (whose {@code getReference()} then loads the row at once).
 */
final class LazyProxies {

    private LazyProxies() {
    }

    static void keepOnlyWhereUsed(Metadata metadata) {
        Set<String> targets = new HashSet<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            entity.getPropertyClosure().forEach(property -> collectLazyTargets(property.getValue(), targets));
        }
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (!targets.contains(entity.getEntityName()) && !targetsInHierarchy(entity, targets)) {
                entity.setLazy(false);
            }
        }
    }

    private static void collectLazyTargets(Value value, Set<String> targets) {
        if (value instanceof ToOne toOne && toOne.isLazy()) {
            targets.add(toOne.getReferencedEntityName());
        } else if (value instanceof Component component) {
            component.getProperties().forEach(property -> collectLazyTargets(property.getValue(), targets));
        }
    }

    // A lazy association to a superclass may hold any of its subclasses as a proxy.
    private static boolean targetsInHierarchy(PersistentClass entity, Set<String> targets) {
        for (PersistentClass parent = entity.getSuperclass(); parent != null; parent = parent.getSuperclass()) {
            if (targets.contains(parent.getEntityName())) {
                return true;
            }
        }
        return false;
    }
}
