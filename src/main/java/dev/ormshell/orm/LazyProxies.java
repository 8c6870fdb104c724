package dev.ormshell.orm;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.Value;

/**
 * Decides which entities get lazy proxies. Hibernate generates a proxy class per entity with
 * ByteBuddy at boot, about 150 ms of a shell's start (measured, {@code bench} start-up), so
 * entities get none unless the model needs them: those a {@code fetch = LAZY} many-to-one or
 * one-to-one refers to (with their whole hierarchy). Without a proxy such an association is
 * loaded with its row, a query per row, which the application that maps it lazy never runs.
 */
final class LazyProxies {

    private LazyProxies() {
    }

    static void keepOnlyWhereNeeded(Metadata metadata) {
        Set<String> lazyRoots = new HashSet<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            collectLazyTargets(entity.getPropertyClosure(), metadata, lazyRoots);
        }
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (!lazyRoots.contains(entity.getRootClass().getEntityName())) {
                entity.setLazy(false);
            }
        }
    }

    private static void collectLazyTargets(List<Property> properties, Metadata metadata, Set<String> lazyRoots) {
        for (Property property : properties) {
            Value value = property.getValue();
            if (value instanceof ToOne toOne && toOne.isLazy()) {
                PersistentClass target = metadata.getEntityBinding(toOne.getReferencedEntityName());
                if (target != null) {
                    lazyRoots.add(target.getRootClass().getEntityName());
                }
            } else if (value instanceof Component embedded) {
                collectLazyTargets(embedded.getProperties(), metadata, lazyRoots);
            }
        }
    }
}
