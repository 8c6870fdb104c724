package dev.ormshell.repl;

import dev.ormshell.orm.Pagination;
import dev.ormshell.render.Rows;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;

/**
 * Turns a value into rows for a table: a list of entities (columns from the metamodel), of
 * arrays or tuples (query rows), of maps, or of anything else (one "value" column). The kind and
 * the columns come from the first rows; the rest are turned into rows as they are read, so a
 * stream of a million entities can be written to a file.
 */
final class TableRows {

    // Items looked at to choose the columns.
    private static final int SAMPLE = 1000;

    private TableRows() {
    }

    /**
     * At most {@code shown} rows; {@code columnNames} head the tuple columns that have no alias
     * (e.g. a query's select list).
     */
    static Rows of(Object value, SessionFactory factory, int shown, List<String> columnNames) {
        Source source = source(value);
        List<Object> sample = new ArrayList<>();
        while (sample.size() < Math.min(shown, SAMPLE) && source.items().hasNext()) {
            sample.add(source.items().next());
        }
        Columns columns = columns(sample, factory, columnNames);
        Iterator<Object> all = concat(sample.iterator(), source.items());
        long[] read = {0};
        Iterator<List<?>> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return read[0] < shown && all.hasNext();
            }

            @Override
            public List<?> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                read[0]++;
                return columns.row().apply(all.next());
            }
        };
        return Rows.streaming(columns.headers(), rows, () -> {
            if (source.size() >= 0) {
                return Math.max(0, source.size() - read[0]);
            }
            long more = 0;
            for (; all.hasNext(); all.next()) {
                more++;
            }
            return more;
        });
    }

    private record Columns(List<String> headers, Function<Object, List<?>> row) {
    }

    private static Columns columns(List<Object> sample, SessionFactory factory, List<String> columnNames) {
        Object first = sample.isEmpty() ? null : sample.get(0);
        EntityColumns entity = EntityColumns.of(first, factory);
        if (entity != null && sample.stream().allMatch(i -> i != null && Hibernate.getClass(i) == Hibernate.getClass(first))) {
            return new Columns(entity.names(), item -> item != null && Hibernate.getClass(item) == Hibernate.getClass(first)
                    ? entity.values(item) : other(item, entity.names().size()));
        }
        if (first != null && sample.stream().allMatch(i -> i instanceof Tuple)) {
            List<? extends TupleElement<?>> elements = ((Tuple) first).getElements();
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < elements.size(); i++) {
                String alias = elements.get(i).getAlias();
                headers.add(alias != null ? alias : i < columnNames.size() ? columnNames.get(i) : String.valueOf(i + 1));
            }
            return new Columns(headers, item -> item instanceof Tuple t ? Arrays.asList(t.toArray()) : other(item, headers.size()));
        }
        if (first != null && sample.stream().allMatch(i -> i != null && i.getClass().isArray())) {
            int width = sample.stream().mapToInt(Array::getLength).max().orElse(0);
            List<String> headers = new ArrayList<>();
            for (int i = 1; i <= width; i++) {
                headers.add(String.valueOf(i));
            }
            return new Columns(headers, item -> item != null && item.getClass().isArray() ? padded(item, width) : other(item, width));
        }
        if (first != null && sample.stream().allMatch(i -> i instanceof Map<?, ?>)) {
            Set<Object> keys = new LinkedHashSet<>();
            sample.forEach(m -> keys.addAll(((Map<?, ?>) m).keySet()));
            return new Columns(keys.stream().map(String::valueOf).toList(), item -> item instanceof Map<?, ?> map
                    ? keys.stream().map(k -> (Object) map.get(k)).toList() : other(item, keys.size()));
        }
        // A query of one plain expression is headed by it ("count(u)"), as psql does.
        return new Columns(List.of(columnNames.size() == 1 ? columnNames.get(0) : "value"), Collections::singletonList);
    }

    // An item unlike those the columns were chosen by: its text in the first column.
    private static List<Object> other(Object item, int width) {
        List<Object> cells = new ArrayList<>(Collections.nCopies(Math.max(1, width), null));
        cells.set(0, String.valueOf(item));
        return cells;
    }

    /** The items of a value, and how many there are (-1 when only reading them all tells). */
    private record Source(Iterator<?> items, long size) {
    }

    private static Source source(Object value) {
        if (value instanceof Pagination<?> page) {
            return source(page.items());
        }
        if (value instanceof Map<?, ?> map) {
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            Iterator<Object> asRows = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public Object next() {
                    Map.Entry<?, ?> next = entries.next();
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("key", next.getKey());
                    entry.put("value", next.getValue());
                    return entry;
                }
            };
            return new Source(asRows, map.size());
        }
        if (value instanceof java.util.Collection<?> collection) {
            return new Source(collection.iterator(), collection.size());
        }
        if (value instanceof Iterable<?> iterable) {
            return new Source(iterable.iterator(), -1);
        }
        if (value instanceof Stream<?> stream) {
            return new Source(stream.iterator(), -1);
        }
        if (value != null && value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
            return new Source(Arrays.asList((Object[]) value).iterator(), Array.getLength(value));
        }
        return new Source(Collections.singletonList(value).iterator(), 1);
    }

    private static Iterator<Object> concat(Iterator<Object> first, Iterator<?> rest) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return first.hasNext() || rest.hasNext();
            }

            @Override
            public Object next() {
                return first.hasNext() ? first.next() : rest.next();
            }
        };
    }

    private static List<Object> padded(Object array, int width) {
        List<Object> cells = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            cells.add(i < Array.getLength(array) ? Array.get(array, i) : null);
        }
        return cells;
    }
}
