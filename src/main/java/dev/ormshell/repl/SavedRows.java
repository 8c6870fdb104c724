package dev.ormshell.repl;

import dev.ormshell.orm.Db;
import jakarta.persistence.metamodel.EntityType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;

/**
 * Which variables held a saved object before /reload: the entity's name and its id. Afterwards
 * each such variable holds the same row again, read through the new classes, rather than what
 * replaying its snippet made (a {@code new Role("Admin")} whose insert was not replayed).
 */
final class SavedRows {

    private record Row(String entity, Object id) {
    }

    private final Map<String, Row> rows;

    private SavedRows(Map<String, Row> rows) {
        this.rows = rows;
    }

    static SavedRows of(Map<String, Object> variables, SessionFactory factory) {
        Map<String, Row> rows = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (value == null) {
                return;
            }
            try {
                Class<?> type = Hibernate.getClass(value);
                EntityType<?> entity = factory.getMetamodel().entity(type);
                Object id = factory.getPersistenceUnitUtil().getIdentifier(value);
                // An id of the model's own class (an @IdClass, an embeddable) would be an old instance.
                if (id != null && id.getClass().getClassLoader() == null) {
                    rows.put(name, new Row(entity.getName(), id));
                }
            } catch (RuntimeException notAnEntity) {
                // Not an object of the model: its snippet's replay is all there is.
            }
        });
        return new SavedRows(rows);
    }

    /** Sets each variable that still exists to its row as the new mapping reads it; returns how many. */
    int restoreInto(JavaEvaluator evaluator, Db db) {
        int restored = 0;
        for (Map.Entry<String, Row> saved : rows.entrySet()) {
            Row row = saved.getValue();
            Class<?> type = db.sessionFactory().getMetamodel().getEntities().stream()
                    .filter(entity -> entity.getName().equals(row.entity())).map(EntityType::getJavaType)
                    .findFirst().orElse(null);
            if (type == null) {
                continue;
            }
            try {
                Object current = db.session.hibernate().find(type, row.id());
                if (current != null && evaluator.assign(saved.getKey(), current)) {
                    restored++;
                }
            } catch (RuntimeException gone) {
                // The row or its mapping is gone: the replayed value stays.
            }
        }
        return restored;
    }
}
