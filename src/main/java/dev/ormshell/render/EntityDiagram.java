package dev.ormshell.render;

import java.util.List;

/**
 * A picture of a model as plain values: its entities with their columns and keys, and the
 * relationships between them with the cardinality at each end.
 */
public record EntityDiagram(List<Entity> entities, List<Relationship> relationships) {

    public EntityDiagram {
        entities = List.copyOf(entities);
        relationships = List.copyOf(relationships);
    }

    /** An entity and the columns of its table. */
    public record Entity(String name, String table, List<Attribute> attributes) {
        public Entity {
            attributes = List.copyOf(attributes);
        }
    }

    /**
     * One column: its SQL type, its keys, and the attribute it holds when that is not its own
     * name (an embedded {@code address.street}).
     */
    public record Attribute(String column, String type, boolean primaryKey, boolean foreignKey, boolean unique,
                            String property) {

        /** "PK", "FK", "UK" or several of them, as Mermaid writes them ("PK, FK"). */
        public List<String> keys() {
            List<String> keys = new java.util.ArrayList<>();
            if (primaryKey) {
                keys.add("PK");
            }
            if (foreignKey) {
                keys.add("FK");
            }
            if (unique && !primaryKey) {
                keys.add("UK");
            }
            return keys;
        }
    }

    /** How many of an entity are at one end of a relationship. */
    public enum Cardinality {
        ZERO_OR_ONE("0..1"), EXACTLY_ONE("1"), ZERO_OR_MORE("*"), ONE_OR_MORE("1..*");

        private final String uml;

        Cardinality(String uml) {
            this.uml = uml;
        }

        /** As UML writes it beside a class: 0..1, 1, *, 1..*. */
        public String uml() {
            return uml;
        }
    }

    /**
     * {@code fromEnd} of {@code from} relate to {@code toEnd} of {@code to}; e.g. Role 0..1 —— * User.
     *
     * @param label the attribute that holds it ("User.role"), with its join table if it has one
     */
    public record Relationship(String from, Cardinality fromEnd, String to, Cardinality toEnd, String label) {
    }
}
