package dev.ormshell.orm;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.query.SelectionQuery;

/**
 * The chapter's {@code Model.query}: an immutable query over one entity. Every refinement
 * ({@link #filter}, {@link #filterBy}, {@link #orderBy}, {@link #limit} …) returns a new query;
 * {@link #all()}, {@link #first()}, {@link #count()} … run it. Values are always bound as
 * parameters; attribute names are checked against the model before they reach the query.
 */
public final class ModelQuery<T> {

    private final Class<T> entity;
    // The session the query runs in; null for a model's own query (User.query), which runs in the
    // shell's current one.
    private final DbSession db;
    private final List<String> conditions;
    private final List<Object> parameters;
    private final List<String> ordering;
    private final List<String> grouping;
    private final Integer limit;
    private final Integer offset;
    // The HQL text, made once per query value: a query run in a loop is built once (see hql()).
    private String hqlText;

    private ModelQuery(Class<T> entity, DbSession db, List<String> conditions, List<Object> parameters,
                       List<String> ordering, List<String> grouping, Integer limit, Integer offset) {
        this.entity = entity;
        this.db = db;
        this.conditions = List.copyOf(conditions);
        this.parameters = java.util.Collections.unmodifiableList(new ArrayList<>(parameters));
        this.ordering = List.copyOf(ordering);
        this.grouping = List.copyOf(grouping);
        this.limit = limit;
        this.offset = offset;
    }

    /** A query of every row of the entity, on the shell's current database. */
    public static <T> ModelQuery<T> of(Class<T> entity) {
        return new ModelQuery<>(entity, null, List.of(), List.of(), List.of(), List.of(), null, null);
    }

    /** The same query, run on the given database instead of the current one. */
    public ModelQuery<T> on(Db database) {
        return on(database.session);
    }

    /** The same query, run in the given session (what {@code db.session.query(Owner.class)} returns). */
    ModelQuery<T> on(DbSession session) {
        return new ModelQuery<>(entity, session, conditions, parameters, ordering, grouping, limit, offset);
    }

    // ---- refinements: each returns a new query

    /**
     * Adds an HQL condition, e.g. {@code filter("username like ?1", "d%")}. Attributes are named
     * as they are in the entity; {@code ?1}, {@code ?2} … (or plain {@code ?}) stand for the values.
     */
    public ModelQuery<T> filter(String condition, Object... values) {
        Object[] given = values == null ? new Object[] {null} : values;
        String renumbered = Placeholders.renumber(condition, parameters.size(), given.length);
        List<Object> params = new ArrayList<>(parameters);
        params.addAll(java.util.Arrays.asList(given));
        return withConditions(renumbered, params);
    }

    /** Adds an equality condition on one attribute, e.g. {@code filterBy("role", userRole)}. */
    public ModelQuery<T> filterBy(String attribute, Object value) {
        Attribute<?, ?> checked = AttributePaths.resolve(factory().getMetamodel(), entity, attribute);
        if (checked instanceof PluralAttribute<?, ?, ?>) {
            throw new ShellDatabaseException("filterBy(\"" + attribute + "\", …): " + attribute
                    + " is a collection; filter on the other side, e.g. its many-to-one attribute");
        }
        if (value == null) {
            return withConditions(attribute + " is null", parameters);
        }
        Object bound = AttributeValues.fit(checked.getJavaType(), value, entity.getSimpleName() + "." + attribute);
        requireSaved(checked, bound);
        List<Object> params = new ArrayList<>(parameters);
        params.add(bound);
        return withConditions(attribute + " = ?" + params.size(), params);
    }

    /** Orders by attributes, e.g. {@code orderBy("username desc")} or {@code orderBy("role.name", "username")}. */
    public ModelQuery<T> orderBy(String... orderings) {
        List<String> items = new ArrayList<>(ordering);
        for (String spec : splitAll(orderings)) {
            items.add(checkedOrdering(spec));
        }
        return new ModelQuery<>(entity, db, conditions, parameters, items, grouping, limit, offset);
    }

    /** Groups by attributes, e.g. {@code groupBy("role")}. */
    public ModelQuery<T> groupBy(String... attributes) {
        List<String> items = new ArrayList<>(grouping);
        for (String attribute : splitAll(attributes)) {
            AttributePaths.resolve(factory().getMetamodel(), entity, attribute);
            items.add(attribute);
        }
        return new ModelQuery<>(entity, db, conditions, parameters, ordering, items, limit, offset);
    }

    public ModelQuery<T> limit(int rows) {
        if (rows < 0) {
            throw new ShellDatabaseException("limit(" + rows + "): the limit cannot be negative");
        }
        return new ModelQuery<>(entity, db, conditions, parameters, ordering, grouping, rows, offset);
    }

    public ModelQuery<T> offset(int rows) {
        if (rows < 0) {
            throw new ShellDatabaseException("offset(" + rows + "): the offset cannot be negative");
        }
        return new ModelQuery<>(entity, db, conditions, parameters, ordering, grouping, limit, rows);
    }

    // ---- execution

    /** Runs the query and returns every row. */
    public List<T> all() {
        return run(session -> select(session).getResultList());
    }

    /** The first row, or null when there is none. */
    public T first() {
        List<T> rows = run(session -> select(session, limit == null ? 1 : Math.min(limit, 1)).getResultList());
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The first row, or a 404 error when there is none. */
    public T firstOr404() {
        T row = first();
        if (row == null) {
            throw new NotFoundException("no " + entity.getSimpleName() + " matches " + describe());
        }
        return row;
    }

    /** The row with this primary key, or null. */
    public T get(Object id) {
        if (id == null) {
            return null;
        }
        Object key = AttributeValues.fit(factory().getMetamodel().entity(entity).getIdType().getJavaType(),
                id, entity.getSimpleName() + "'s id");
        return run(session -> session.find(entity, key));
    }

    /** The row with this primary key, or a 404 error. */
    public T getOr404(Object id) {
        T row = get(id);
        if (row == null) {
            throw new NotFoundException("no " + entity.getSimpleName() + " with id " + id);
        }
        return row;
    }

    /** The number of rows the query returns. */
    public long count() {
        if (!grouping.isEmpty()) {
            return all().size();
        }
        String countHql = hql("select count(*)", false);
        HqlCheck.selection(factory(), countHql, Long.class, entity);
        long total = run(session -> bind(session.createSelectionQuery(countHql, Long.class))
                .getSingleResult());
        long afterOffset = Math.max(0, total - (offset == null ? 0 : offset));
        return limit == null ? afterOffset : Math.min(afterOffset, limit);
    }

    /** One page of the results, pages counted from 1; a page past the end is a 404 (as in Flask). */
    public Pagination<T> paginate(int page, int perPage) {
        if (page < 1 || perPage < 1) {
            throw new NotFoundException("page " + page + " with " + perPage + " per page does not exist (both start at 1)");
        }
        ModelQuery<T> whole = new ModelQuery<>(entity, db, conditions, parameters, ordering, grouping, null, null);
        long total = whole.count();
        List<T> items = whole.offset((page - 1) * perPage).limit(perPage).all();
        if (items.isEmpty() && page != 1) {
            throw new NotFoundException("page " + page + " is past the last page (" + total + " rows, " + perPage + " per page)");
        }
        return new Pagination<>(items, page, perPage, total);
    }

    /** The HQL this query runs, with its {@code ?N} placeholders. */
    public String hql() {
        // Immutable query, so the text never changes; a race only builds the same string twice.
        String text = hqlText;
        if (text == null) {
            text = hql("from " + entityName(), true);
            hqlText = text;
        }
        return text;
    }

    /** The values bound to the placeholders, in order. */
    public List<Object> parameters() {
        return parameters;
    }

    /** The SQL the database would receive, in its own dialect, with {@code ?} for each value (nothing is run). */
    @Override
    public String toString() {
        try {
            return SqlCapture.firstSql(factory(), scratch -> select(scratch).getResultList());
        } catch (RuntimeException e) {
            return "<invalid query " + hql() + ": " + ErrorMessages.databaseMessage(e) + ">";
        }
    }

    // ---- internals

    private DbSession session() {
        return db != null ? db : Db.current().session;
    }

    private SessionFactory factory() {
        return session().factory();
    }

    private String entityName() {
        EntityType<T> type = factory().getMetamodel().entity(entity);
        return type.getName();
    }

    private String hql(String head, boolean withOrdering) {
        StringBuilder q = new StringBuilder(head);
        if (!head.startsWith("from")) {
            q.append(" from ").append(entityName());
        }
        if (!conditions.isEmpty()) {
            q.append(" where ").append(String.join(" and ", conditions.stream().map(c -> "(" + c + ")").toList()));
        }
        if (!grouping.isEmpty()) {
            q.append(" group by ").append(String.join(", ", grouping));
        }
        if (withOrdering && !ordering.isEmpty()) {
            q.append(" order by ").append(String.join(", ", ordering));
        }
        return q.toString();
    }

    private SelectionQuery<T> select(Session session) {
        return select(session, limit);
    }

    private SelectionQuery<T> select(Session session, Integer maxRows) {
        String hql = hql();
        HqlCheck.selection(session.getSessionFactory(), hql, entity, entity);
        SelectionQuery<T> query = bind(session.createSelectionQuery(hql, entity));
        if (offset != null) {
            query.setFirstResult(offset);
        }
        if (maxRows != null) {
            query.setMaxResults(maxRows);
        }
        return query;
    }

    private <Q extends SelectionQuery<?>> Q bind(Q query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private <R> R run(Function<Session, R> work) {
        DbSession dbSession = session();
        try {
            return work.apply(dbSession.forQuery());
        } catch (IllegalArgumentException | IllegalStateException | PersistenceException e) {
            String notice = dbSession.recoverIfBroken();
            throw new ShellDatabaseException("Query failed: " + ErrorMessages.databaseMessage(e)
                    + (notice == null ? "" : ". " + notice), e);
        }
    }

    private ModelQuery<T> withConditions(String condition, List<Object> params) {
        List<String> all = new ArrayList<>(conditions);
        all.add(condition);
        return new ModelQuery<>(entity, db, all, params, ordering, grouping, limit, offset);
    }

    private String checkedOrdering(String spec) {
        String[] words = spec.trim().split("\\s+");
        AttributePaths.resolve(factory().getMetamodel(), entity, words[0]);
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length)).toLowerCase(Locale.ROOT);
        if (!rest.matches("((asc|desc)( nulls (first|last))?|nulls (first|last))?")) {
            throw new ShellDatabaseException("Cannot order by '" + spec
                    + "': write an attribute, then optionally asc or desc (e.g. \"username desc\")");
        }
        return rest.isEmpty() ? words[0] : words[0] + " " + rest;
    }

    private static List<String> splitAll(String... specs) {
        List<String> items = new ArrayList<>();
        for (String spec : specs) {
            for (String item : spec.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return items;
    }

    // An entity added but not flushed gets its id by an autoflush, as SQLAlchemy would do.
    private void requireSaved(Attribute<?, ?> attribute, Object value) {
        if (attribute.isAssociation() && session().idAfterAutoflush(value) == null) {
            throw new ShellDatabaseException(value + " is not saved yet: db.session.add(it) and commit (or flush) first");
        }
    }

    private String describe() {
        return conditions.isEmpty() ? "(no conditions)" : String.join(" and ", conditions) + " " + parameters;
    }
}
