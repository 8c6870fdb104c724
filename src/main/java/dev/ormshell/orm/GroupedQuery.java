package dev.ormshell.orm;

import jakarta.persistence.Tuple;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * A query grouped by attributes ({@code User.query.groupBy("role")}). A group stands for many
 * rows, so what comes out are rows of the grouped attributes with a count or other aggregates
 * ({@link #count()}, {@link #select}), never whole entities; selecting an attribute that is
 * neither grouped nor aggregated is refused, as PostgreSQL refuses it, so that every database
 * gives the same answer, in the same order (by the grouped attributes, nulls first).
 */
public final class GroupedQuery<T> {

    private static final Pattern AGGREGATE = Pattern.compile("(?i)\\s*(count|min|max|sum|avg)\\s*\\(\\s*([^()]*?)\\s*\\)\\s*");

    /** One selected column: its name in the row, its HQL, and the entity its value is the id of (or null). */
    private record Column(String name, String hql, Class<?> entityById) {
    }

    private final ModelQuery<T> rows;
    private final List<String> keys;

    GroupedQuery(ModelQuery<T> rows, List<String> keys) {
        this.rows = rows;
        this.keys = List.copyOf(keys);
    }

    /** Each group with its number of rows, e.g. {@code [(<Role 'Admin'>, 1), (<Role 'User'>, 2)]}. */
    public List<Row> count() {
        List<Column> columns = new ArrayList<>(keys.stream().map(this::keyColumn).toList());
        columns.add(new Column("count", "count(*)", null));
        return run(columns);
    }

    /**
     * Chosen columns of each group: grouped attributes, and {@code count(*)} or count, min, max,
     * sum or avg of an attribute, e.g. {@code select("role", "count(*)", "max(username)")}.
     */
    public List<Row> select(String... columns) {
        if (columns.length == 0) {
            throw new ShellDatabaseException(describe() + ".select(): name the columns, e.g. select(\"" + keys.get(0)
                    + "\", \"count(*)\")");
        }
        List<Column> selected = new ArrayList<>();
        for (String column : columns) {
            selected.add(column(column, columns));
        }
        return run(selected);
    }

    /** Whole entities cannot come out of groups: says what can instead. */
    public List<T> all() {
        String id = idName(rows.factory().getMetamodel().entity(rows.entity()));
        throw new ShellDatabaseException(describe() + ".all(): a group holds many " + rows.entity().getSimpleName()
                + " rows, so whole rows cannot be selected; count() gives each " + String.join(", ", keys)
                + " with its count, select(\"" + keys.get(0) + "\", \"max(" + id + ")\") chosen columns");
    }

    /** The SQL that {@link #count()} would send (nothing is run). */
    @Override
    public String toString() {
        List<Column> columns = new ArrayList<>(keys.stream().map(this::keyColumn).toList());
        columns.add(new Column("count", "count(*)", null));
        String hql = hql(columns);
        try {
            return SqlCapture.firstSql(rows.factory(),
                    scratch -> rows.bindAndPage(scratch.createSelectionQuery(hql, Tuple.class)).getResultList());
        } catch (RuntimeException e) {
            return "<invalid query " + hql + ": " + ErrorMessages.databaseMessage(e) + ">";
        }
    }

    private Column column(String column, String[] all) {
        Matcher aggregate = AGGREGATE.matcher(column);
        if (aggregate.matches()) {
            String function = aggregate.group(1).toLowerCase(Locale.ROOT);
            String argument = aggregate.group(2);
            if (argument.equals("*") && function.equals("count")) {
                return new Column("count", "count(*)", null);
            }
            attribute(argument);
            return new Column(function + "(" + argument + ")", function + "(" + argument + ")", null);
        }
        String attribute = column.strip();
        if (keys.contains(attribute)) {
            return keyColumn(attribute);
        }
        String selecting = describe() + ".select(" + quoted(List.of(all)) + "): ";
        if (attribute.isEmpty() || !Character.isJavaIdentifierStart(attribute.charAt(0))) {
            throw new ShellDatabaseException(selecting + "'" + column + "' is not a column to select: give a grouped"
                    + " attribute, count(*), or count, min, max, sum or avg of an attribute");
        }
        attribute(attribute);
        throw new ShellDatabaseException(selecting + attribute + " is neither grouped nor counted; group by it too,"
                + " or select an aggregate such as max(" + attribute + ")");
    }

    // An entity-valued key is selected by its id (its foreign key, no join) and read back as the entity.
    private Column keyColumn(String key) {
        if (attribute(key) instanceof SingularAttribute<?, ?> single && single.getType() instanceof EntityType<?> target) {
            return new Column(key, key + "." + idName(target), target.getJavaType());
        }
        return new Column(key, key, null);
    }

    private Attribute<?, ?> attribute(String path) {
        return AttributePaths.resolve(rows.factory().getMetamodel(), rows.entity(), path);
    }

    private static String idName(EntityType<?> type) {
        return type.getId(type.getIdType().getJavaType()).getName();
    }

    private String hql(List<Column> columns) {
        String select = "select " + columns.stream().map(Column::hql).collect(Collectors.joining(", "));
        List<String> order = new ArrayList<>();
        List<String> ordered = new ArrayList<>();
        for (String item : rows.ordering()) {
            String attribute = item.split(" ")[0];
            if (!keys.contains(attribute)) {
                throw new ShellDatabaseException(describe() + ": orderBy(\"" + item + "\") cannot order the groups;"
                        + " order by a grouped attribute");
            }
            order.add(keyColumn(attribute).hql() + item.substring(attribute.length()) + nullsAsSmallest(item));
            ordered.add(attribute);
        }
        keys.stream().filter(key -> !ordered.contains(key)).forEach(key -> order.add(keyColumn(key).hql() + " nulls first"));
        return rows.hql(select, false) + " group by " + keys.stream().map(key -> keyColumn(key).hql())
                .collect(Collectors.joining(", ")) + " order by " + String.join(", ", order);
    }

    // PostgreSQL puts nulls last going up, SQLite and MariaDB first: say it, so that all agree.
    private static String nullsAsSmallest(String ordering) {
        if (ordering.contains(" nulls ")) {
            return "";
        }
        return ordering.endsWith(" desc") ? " nulls last" : " nulls first";
    }

    private List<Row> run(List<Column> columns) {
        String hql = hql(columns);
        HqlCheck.selection(rows.factory(), hql, Tuple.class, rows.entity());
        List<String> names = columns.stream().map(Column::name).toList();
        return rows.run(session -> {
            SelectionQuery<Tuple> query = rows.bindAndPage(session.createSelectionQuery(hql, Tuple.class));
            return query.getResultList().stream().map(tuple -> row(session, names, columns, tuple)).toList();
        });
    }

    private static Row row(Session session, List<String> names, List<Column> columns, Tuple tuple) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = tuple.get(i);
            Class<?> entity = columns.get(i).entityById();
            values[i] = entity == null || value == null ? value : session.find(entity, value);
        }
        return new Row(names, values);
    }

    private String describe() {
        return "groupBy(" + quoted(keys) + ")";
    }

    private static String quoted(List<String> items) {
        return items.stream().map(item -> "\"" + item + "\"").collect(Collectors.joining(", "));
    }
}
