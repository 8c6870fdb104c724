package dev.ormshell.orm;

import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.query.spi.QueryParameterImplementor;

/**
 * Checks the values given to {@code filter("username = ?1", value)} against what each
 * placeholder is compared with, as {@code filterBy} does for its attribute: a number where a
 * name is expected is an error, not an empty result. Hibernate infers each placeholder's type
 * when it parses the condition (in a throwaway session, remembered per condition).
 */
final class FilterValues {

    private static final int REMEMBERED = 1_000;
    private static final Map<String, Map<Integer, Class<?>>> EXPECTED = new ConcurrentHashMap<>();

    private FilterValues() {
    }

    /** The values fitted to their placeholders' types; {@code condition} numbers its placeholders from ?1. */
    static Object[] fit(SessionFactory factory, Class<?> entity, String condition, String asTyped, Object[] values) {
        Map<Integer, Class<?>> expected = expectedTypes(factory, entity, condition);
        Object[] fitted = values.clone();
        for (int i = 0; i < values.length; i++) {
            Class<?> type = expected.get(i + 1);
            if (type != null) {
                fitted[i] = fitOne(type, values[i], "filter(\"" + asTyped + "\"): ?" + (i + 1));
            }
        }
        return fitted;
    }

    private static Object fitOne(Class<?> type, Object value, String what) {
        if (value instanceof Collection<?> several) { // "id in (?1)" takes a list
            List<Object> each = new ArrayList<>();
            several.forEach(item -> each.add(AttributeValues.fit(type, item, what)));
            return each;
        }
        return AttributeValues.fit(type, value, what);
    }

    private static Map<Integer, Class<?>> expectedTypes(SessionFactory factory, Class<?> entity, String condition) {
        String hql = "from " + factory.getMetamodel().entity(entity).getName() + " where (" + condition + ")";
        Map<Integer, Class<?>> known = EXPECTED.get(hql);
        if (known != null) {
            return known;
        }
        Map<Integer, Class<?>> types = new HashMap<>();
        try (Session scratch = factory.openSession()) {
            for (var parameter : scratch.createSelectionQuery(hql, entity).getParameterMetadata().getRegistrations()) {
                Class<?> type = ((QueryParameterImplementor<?>) parameter).getParameterType();
                if (parameter.getPosition() != null && type != null) {
                    types.put(parameter.getPosition(), type);
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | PersistenceException unparsable) {
            return Map.of(); // the query's own check reports it when it runs
        }
        if (EXPECTED.size() >= REMEMBERED) {
            EXPECTED.clear();
        }
        EXPECTED.put(hql, types);
        return types;
    }
}
