package dev.ormshell.repl;

import dev.ormshell.orm.EntityText;
import dev.ormshell.orm.Pagination;
import dev.ormshell.render.RawText;
import dev.ormshell.render.Rows;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;

/**
 * Turns a value into rows for a table: a list of entities (columns from the metamodel), of
 * arrays or tuples (query rows), of maps, or of anything else (one "value" column).
 */
final class TableRows {

    private TableRows() {
    }

    /**
     * {@code columnNames} head the tuple columns that have no alias (e.g. a query's select list).
     * Cells holding objects of the model show as the shell prints them, without loading what is lazy.
     */
    static Rows of(Object value, SessionFactory factory, EntityText text, int shown, List<String> columnNames) {
        Rows rows = of(value, factory, shown, columnNames);
        return new Rows(rows.headers(), rows.rows().stream().map(row -> row.stream().map(cell -> {
            String model = text.cell(cell);
            return model == null ? cell : (Object) new RawText(model);
        }).toList()).toList(), rows.omitted());
    }

    private static Rows of(Object value, SessionFactory factory, int shown, List<String> columnNames) {
        List<Object> items = new ArrayList<>();
        long total = collect(value, items, shown);
        long omitted = Math.max(0, total - items.size());
        if (items.isEmpty()) {
            return new Rows(List.of("value"), List.of(), omitted);
        }
        EntityColumns entity = EntityColumns.common(items, factory);
        if (entity != null) {
            return new Rows(entity.names(), items.stream().map(entity::values).toList(), omitted);
        }
        if (items.stream().allMatch(i -> i instanceof Tuple)) {
            List<? extends TupleElement<?>> elements = ((Tuple) items.get(0)).getElements();
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < elements.size(); i++) {
                String alias = elements.get(i).getAlias();
                headers.add(alias != null ? alias : i < columnNames.size() ? columnNames.get(i) : String.valueOf(i + 1));
            }
            return new Rows(headers, items.stream().map(t -> Arrays.asList(((Tuple) t).toArray())).toList(), omitted);
        }
        if (items.stream().allMatch(i -> i != null && i.getClass().isArray())) {
            int width = items.stream().mapToInt(Array::getLength).max().orElse(0);
            List<String> headers = new ArrayList<>();
            for (int i = 1; i <= width; i++) {
                headers.add(String.valueOf(i));
            }
            return new Rows(headers, items.stream().map(a -> padded(a, width)).toList(), omitted);
        }
        if (items.stream().allMatch(i -> i instanceof Map<?, ?>)) {
            Set<Object> keys = new LinkedHashSet<>();
            items.forEach(m -> keys.addAll(((Map<?, ?>) m).keySet()));
            List<String> headers = keys.stream().map(String::valueOf).toList();
            return new Rows(headers, items.stream().map(m -> keys.stream().map(k -> (Object) ((Map<?, ?>) m).get(k)).toList())
                    .toList(), omitted);
        }
        return new Rows(List.of("value"), items.stream().map(i -> List.of(i == null ? "null" : i)).toList(), omitted);
    }

    /** Puts up to {@code shown} items into the list; returns how many there are in all (or shown+1 if unknown). */
    private static long collect(Object value, List<Object> items, int shown) {
        if (value instanceof Pagination<?> page) {
            return collect(page.items(), items, shown);
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (items.size() < shown) {
                    Map<String, Object> entry = new java.util.LinkedHashMap<>();
                    entry.put("key", k);
                    entry.put("value", v);
                    items.add(entry);
                }
            });
            return map.size();
        }
        Iterator<?> iterator;
        long size;
        if (value instanceof java.util.Collection<?> collection) {
            iterator = collection.iterator();
            size = collection.size();
        } else if (value instanceof Iterable<?> iterable) {
            iterator = iterable.iterator();
            size = -1;
        } else if (value instanceof Stream<?> stream) {
            iterator = stream.iterator();
            size = -1;
        } else if (value != null && value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
            iterator = Arrays.asList((Object[]) value).iterator();
            size = Array.getLength(value);
        } else {
            items.add(value);
            return 1;
        }
        while (iterator.hasNext() && items.size() < shown) {
            items.add(iterator.next());
        }
        return size >= 0 ? size : items.size() + (iterator.hasNext() ? 1 : 0);
    }

    private static List<Object> padded(Object array, int width) {
        List<Object> cells = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            cells.add(i < Array.getLength(array) ? Array.get(array, i) : null);
        }
        return cells;
    }
}
