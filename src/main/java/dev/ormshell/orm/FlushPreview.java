package dev.ormshell.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

/**
 * What the next flush or commit would send, worked out from the session's objects without
 * sending anything: the inserts of the pending objects, the updates of the changed columns of
 * persistent ones, the deletes of those marked for deletion, in the order Hibernate sends them.
 */
public final class FlushPreview {

    private FlushPreview() {
    }

    /** The changes of db.session's next flush. */
    public static List<PendingChange> of(Db db) {
        ObjectStates states = db.session.states();
        Entities entities = new Entities(db.sessionFactory());
        List<PendingChange> changes = new ArrayList<>();
        for (Object entity : states.pending()) {
            AbstractEntityPersister persister = persisterOf(states, entity);
            if (persister != null) {
                changes.add(insert(persister, entity, entities));
            }
        }
        for (ObjectStates.Changed changed : states.changed()) {
            AbstractEntityPersister persister = persisterOf(states, changed.entity());
            if (persister != null) {
                changes.add(update(persister, changed, entities));
            }
        }
        for (Object entity : states.deleted()) {
            AbstractEntityPersister persister = persisterOf(states, entity);
            if (persister != null) {
                changes.add(new PendingChange(PendingChange.Kind.DELETE, entity, entities.text(entity), persister.getTableName(), Map.of(), Map.of(),
                        persister.getIdentifierColumnNames()[0], entities.idOf(entity)));
            }
        }
        return changes;
    }

    private static PendingChange insert(AbstractEntityPersister persister, Object entity, Entities entities) {
        Object[] values = persister.getValues(entity);
        Map<String, Object> columns = new LinkedHashMap<>();
        boolean[] insertable = persister.getPropertyInsertability();
        for (int i = 0; i < values.length; i++) {
            if (insertable[i]) {
                putColumns(columns, persister, i, values[i], entities);
            }
        }
        Object id = entities.idOf(entity);
        return new PendingChange(PendingChange.Kind.INSERT, entity, entities.text(entity), persister.getTableName(), columns, Map.of(),
                persister.getIdentifierColumnNames()[0], id);
    }

    private static PendingChange update(AbstractEntityPersister persister, ObjectStates.Changed changed, Entities entities) {
        List<String> names = List.of(persister.getPropertyNames());
        Map<String, Object> columns = new LinkedHashMap<>();
        Map<String, Object> old = new LinkedHashMap<>();
        for (AttributeChange change : changed.changes()) {
            int i = names.indexOf(change.attribute());
            if (persister.getPropertyUpdateability()[i]) {
                putColumns(columns, persister, i, change.newValue(), entities);
                putColumns(old, persister, i, change.oldValue(), entities);
            }
        }
        return new PendingChange(PendingChange.Kind.UPDATE, changed.entity(), entities.text(changed.entity()), persister.getTableName(), columns, old,
                persister.getIdentifierColumnNames()[0], changed.id());
    }

    // A property's column and value; a reference to another object is that object's id (or, not inserted yet, IdOf).
    private static void putColumns(Map<String, Object> columns, AbstractEntityPersister persister, int property,
                                   Object value, Entities entities) {
        String[] names = persister.getPropertyColumnNames(property);
        Type type = persister.getPropertyTypes()[property];
        if (names.length == 0 || type.isCollectionType()) {
            return; // nothing of this row: a collection is the other table's rows
        }
        Object shown = value;
        if (type.isEntityType() && value != null) {
            Object id = entities.idOf(value);
            shown = id != null ? id : new PendingChange.IdOf(entities.text(value));
        }
        // A property of several columns (an embedded value) shows under its own name.
        columns.put(names.length == 1 ? names[0] : persister.getPropertyNames()[property], shown);
    }

    private static AbstractEntityPersister persisterOf(ObjectStates states, Object entity) {
        EntityPersister persister = states.persister(entity);
        return persister instanceof AbstractEntityPersister concrete ? concrete : null;
    }
}
