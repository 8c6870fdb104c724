package dev.ormshell.schema;

import dev.ormshell.render.EntityDiagram;
import dev.ormshell.render.EntityDiagram.Attribute;
import dev.ormshell.render.EntityDiagram.Cardinality;
import dev.ormshell.render.EntityDiagram.Entity;
import dev.ormshell.render.EntityDiagram.Relationship;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.OneToOne;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.mapping.Value;

/**
 * Reads a picture of any model from Hibernate's mapping: every entity with its table's columns
 * and keys, embedded attributes by their path, and each relationship once, from its owning side
 * (a mappedBy side repeats what the owner says), with its cardinality.
 */
public final class EntityDiagramReader {

    private final Metadata metadata;

    private EntityDiagramReader(Metadata metadata) {
        this.metadata = metadata;
    }

    public static EntityDiagram read(Metadata metadata) {
        return new EntityDiagramReader(metadata).diagram();
    }

    private EntityDiagram diagram() {
        List<PersistentClass> classes = metadata.getEntityBindings().stream()
                .sorted(Comparator.comparing(PersistentClass::getJpaEntityName)).toList();
        List<Entity> entities = new ArrayList<>();
        List<Relationship> relationships = new ArrayList<>();
        for (PersistentClass entity : classes) {
            Map<String, String> paths = new HashMap<>();
            List<Property> properties = new ArrayList<>(entity.getPropertyClosure());
            if (entity.getIdentifierProperty() != null) {
                properties.add(0, entity.getIdentifierProperty());
            }
            for (Property property : properties) {
                walk(entity, property, property.getName(), paths, relationships);
            }
            entities.add(new Entity(entity.getJpaEntityName(), entity.getTable().getName(), attributes(entity.getTable(), paths)));
        }
        return new EntityDiagram(entities, relationships);
    }

    // Notes the columns of embedded attributes by their path and the relationships a property holds.
    private void walk(PersistentClass owner, Property property, String path, Map<String, String> paths,
                      List<Relationship> relationships) {
        Value value = property.getValue();
        if (value instanceof Component component) {
            for (Property part : component.getProperties()) {
                walk(owner, part, path + "." + part.getName(), paths, relationships);
            }
            return;
        }
        if (path.contains(".")) {
            value.getColumns().forEach(column -> paths.put(column.getName(), path));
        }
        String from = owner.getJpaEntityName();
        String label = from + "." + path;
        if (value instanceof ManyToOne toOne) {
            Cardinality target = toOne.isNullable() ? Cardinality.ZERO_OR_ONE : Cardinality.EXACTLY_ONE;
            Cardinality here = toOne.isLogicalOneToOne() ? Cardinality.ZERO_OR_ONE : Cardinality.ZERO_OR_MORE;
            relationships.add(new Relationship(name(toOne.getReferencedEntityName()), target, from, here, label));
        } else if (value instanceof OneToOne oneToOne && oneToOne.getMappedByProperty() == null) {
            Cardinality target = oneToOne.isConstrained() ? Cardinality.EXACTLY_ONE : Cardinality.ZERO_OR_ONE;
            relationships.add(new Relationship(name(oneToOne.getReferencedEntityName()), target, from,
                    Cardinality.ZERO_OR_ONE, label));
        } else if (value instanceof Collection collection && !collection.isInverse()) {
            collection(from, label, collection, relationships);
        }
    }

    private void collection(String from, String label, Collection collection, List<Relationship> relationships) {
        Value element = collection.getElement();
        String via = " (" + collection.getCollectionTable().getName() + ")";
        if (element instanceof OneToMany many) {
            relationships.add(new Relationship(from, Cardinality.ZERO_OR_ONE, name(many.getReferencedEntityName()),
                    Cardinality.ZERO_OR_MORE, label));
        } else if (element instanceof ManyToOne target) {
            // A collection table whose element column is unique is a one-to-many kept in a join table.
            boolean oneToMany = target.isLogicalOneToOne() || uniqueColumns(collection.getCollectionTable())
                    .containsAll(target.getColumns().stream().map(Column::getName).toList());
            relationships.add(new Relationship(from, oneToMany ? Cardinality.ZERO_OR_ONE : Cardinality.ZERO_OR_MORE,
                    name(target.getReferencedEntityName()), Cardinality.ZERO_OR_MORE, label + via));
        }
    }

    private String name(String entityName) {
        PersistentClass target = metadata.getEntityBinding(entityName);
        return target == null ? entityName.substring(entityName.lastIndexOf('.') + 1) : target.getJpaEntityName();
    }

    private List<Attribute> attributes(Table table, Map<String, String> paths) {
        Set<String> primaryKey = new HashSet<>();
        if (table.hasPrimaryKey()) {
            table.getPrimaryKey().getColumns().forEach(column -> primaryKey.add(column.getName()));
        }
        Set<String> foreign = new HashSet<>();
        for (ForeignKey key : table.getForeignKeyCollection()) {
            key.getColumns().forEach(column -> foreign.add(column.getName()));
        }
        Set<String> unique = uniqueColumns(table);
        List<Attribute> attributes = new ArrayList<>();
        for (Column column : table.getColumns()) {
            String name = column.getName();
            attributes.add(new Attribute(name, type(column), primaryKey.contains(name), foreign.contains(name),
                    unique.contains(name), paths.get(name)));
        }
        return attributes;
    }

    private static Set<String> uniqueColumns(Table table) {
        Set<String> unique = new HashSet<>();
        table.getColumns().stream().filter(Column::isUnique).forEach(column -> unique.add(column.getName()));
        for (UniqueKey key : table.getUniqueKeys().values()) {
            if (key.getColumns().size() == 1) {
                unique.add(key.getColumns().get(0).getName());
            }
        }
        table.getIndexes().values().stream().filter(index -> index.isUnique() && index.getColumns().size() == 1)
                .forEach(index -> unique.add(index.getColumns().get(0).getName()));
        return unique;
    }

    private String type(Column column) {
        try {
            return column.getSqlType(metadata);
        } catch (RuntimeException unresolved) {
            return "?";
        }
    }
}
