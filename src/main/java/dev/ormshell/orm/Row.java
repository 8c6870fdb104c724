package dev.ormshell.orm;

import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * One row of a grouped query, e.g. a role with its count: its values by position or by column
 * name ({@code row.get("count")}). It prints as SQLAlchemy prints a row, {@code (<Role 'User'>, 2)}.
 */
public final class Row implements Tuple {

    private record Column(String name, Class<?> type) implements TupleElement<Object> {
        @Override
        public String getAlias() {
            return name;
        }

        @Override
        public Class<?> getJavaType() {
            return type;
        }
    }

    private final List<String> names;
    private final Object[] values;

    Row(List<String> names, Object[] values) {
        this.names = List.copyOf(names);
        this.values = values.clone();
    }

    @Override
    public Object get(int i) {
        if (i < 0 || i >= values.length) {
            throw new ShellDatabaseException("row.get(" + i + "): the row has " + values.length + " columns, 0 to "
                    + (values.length - 1));
        }
        return values[i];
    }

    @Override
    public Object get(String alias) {
        int i = names.indexOf(alias);
        if (i < 0) {
            throw new ShellDatabaseException("row.get(\"" + alias + "\"): the row's columns are " + String.join(", ", names));
        }
        return values[i];
    }

    @Override
    public <X> X get(int i, Class<X> type) {
        return type.cast(get(i));
    }

    @Override
    public <X> X get(String alias, Class<X> type) {
        return type.cast(get(alias));
    }

    @Override
    public <X> X get(TupleElement<X> element) {
        return element.getJavaType().cast(get(element.getAlias()));
    }

    @Override
    public List<TupleElement<?>> getElements() {
        return java.util.stream.IntStream.range(0, values.length).<TupleElement<?>>mapToObj(i ->
                new Column(names.get(i), values[i] == null ? Object.class : values[i].getClass())).toList();
    }

    @Override
    public Object[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Row row && Arrays.equals(values, row.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ", "(", ")");
        for (Object value : values) {
            out.add(value instanceof CharSequence text ? "\"" + text.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                    : String.valueOf(value));
        }
        return out.toString();
    }
}
