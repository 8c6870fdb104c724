package dev.ormshell.orm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * The chapter's {@code db.session}. As in SQLAlchemy, added objects are pending (their ids stay
 * null) until a flush, which a commit, an explicit {@link #flush()} or a query after changes
 * performs; the transaction begins with that flush and ends with {@link #commit()} or
 * {@link #rollback()}. A failed write rolls back, starts a new session and says so (see
 * {@link UnitOfWork}, which holds the Hibernate Session and its transaction).
 */
public final class DbSession {

    // addAll() of more objects than this sends them in batches and lets go of them (see addAll).
    private static final int HUGE_ADD = 10_000;
    private static final int FLUSH_EVERY = 1_000;

    private final UnitOfWork work;
    private final Entities entities;
    // Long work (a huge addAll) says what it is here, for the progress bar.
    private final Progress progress;
    private final DetachedObjects detached;
    private final References references;

    DbSession(UnitOfWork work) {
        this.work = work;
        this.entities = work.entities();
        this.progress = work.progress();
        this.detached = work.detached();
        this.references = new References(work.factory(), entities);
    }

    UnitOfWork work() {
        return work;
    }

    SessionFactory factory() {
        return work.factory();
    }

    /** The Hibernate Session behind this one, opened on first use. */
    public Session hibernate() {
        return work.session();
    }

    /**
     * SQLAlchemy's {@code session.query(Owner)}: the immutable query of every row of an entity,
     * run in this session — the same query as a model's {@code User.query}.
     */
    public <T> ModelQuery<T> query(Class<T> entity) {
        entities.requireClass(entity, "db.session.query");
        return ModelQuery.of(entity).on(this);
    }

    /**
     * Makes a new object pending (inserted at the next flush), or brings an object from a closed
     * session or a rolled-back transaction back into this one, its changes kept.
     */
    public void add(Object entity) {
        entities.require(entity, "add");
        Session s = work.session();
        if (!s.contains(entity)) {
            if (entities.idOf(entity) == null) {
                work.newObjects().add(entity);
            } else if (detached.inSession(s, entity, "add") == null) {
                work.newObjects().add(entity);
            }
        }
        work.changed();
    }

    /** The chapter's {@code add_all}: adds each object, in order. */
    public void addAll(Object... objects) {
        addAll(Arrays.asList(objects));
    }

    /**
     * Adds each object, in order. A huge collection (over 10,000 objects) is sent to the database
     * at once (not committed): its new objects in JDBC batches through a stateless session when
     * they allow it (see BulkInsert), else 1,000 objects at a time. Each sent object is detached
     * from the session, so memory stays flat however many there are; changing such an object
     * later needs another {@code add()} before the commit, as in the chapter.
     */
    public void addAll(Collection<?> objects) {
        if (objects.size() <= HUGE_ADD) {
            objects.forEach(this::add);
            return;
        }
        progress.start("addAll", "rows", objects.size());
        try {
            addHuge(objects);
        } finally {
            progress.finish();
        }
    }

    private void addHuge(Collection<?> objects) {
        if (addInBulk(objects)) {
            return;
        }
        List<Object> batch = new ArrayList<>();
        for (Object entity : objects) {
            add(entity);
            batch.add(entity);
            if (batch.size() == FLUSH_EVERY) {
                flushAndDetach(batch);
            }
        }
        flushAndDetach(batch);
    }

    // The new objects go in through a stateless session on this session's connection (see BulkInsert).
    private boolean addInBulk(Collection<?> objects) {
        BulkInsert bulk = BulkInsert.plan(work.factory(), entities, objects, work.newObjects()::contains);
        if (bulk == null) {
            return false;
        }
        bulk.first().forEach(this::add);
        flush();
        work.change("Write failed", s -> {
            work.touched().bulkInserted(bulk.rows());
            bulk.insert(s);
            // The bulk rows took ids this session had not counted.
            SqliteRowIds.recount((SharedSessionContractImplementor) s);
            bulk.first().forEach(s::detach);
        });
        work.wrote();
        return true;
    }

    private void flushAndDetach(List<Object> batch) {
        flush();
        work.change("Write failed", s -> batch.forEach(s::detach));
        batch.clear();
    }

    /**
     * Marks the row of this object for deletion at the next flush. Rows that refer to it let go
     * of it (their key set to NULL), or, when their key cannot be NULL, the delete is refused.
     */
    public void delete(Object entity) {
        entities.require(entity, "delete");
        if (!work.newObjects().remove(entity)) {
            if (entities.idOf(entity) == null) {
                throw new ShellDatabaseException("db.session.delete: " + entity + " was never saved, so there is no row to delete");
            }
            work.change("Delete failed", s -> {
                Object row = detached.inSession(s, entity, "delete");
                references.letGo(s, row, work.newObjects().all());
                s.remove(row);
            });
        }
        work.changed();
    }

    /** Sends pending changes to the database inside the transaction, without committing them. */
    public void flush() {
        work.flush();
    }

    /** Writes every pending change in one transaction; on failure nothing of it stays. */
    public void commit() {
        work.commit();
    }

    /** Discards every change since the last commit; objects loaded before are re-attached when added again. */
    public void rollback() {
        work.discard();
    }

    /** SQLAlchemy's {@code session.new}: the objects the next flush inserts (added, or reached by a cascade). */
    public List<Object> newObjects() {
        return work.states().pending();
    }

    /** SQLAlchemy's {@code session.dirty}: persistent objects whose attributes changed since loaded or flushed. */
    public List<Object> dirty() {
        return work.states().dirty();
    }

    /** SQLAlchemy's {@code session.deleted}: the objects marked for deletion, deleted at the next flush. */
    public List<Object> deleted() {
        return work.states().deleted();
    }

    /** SQLAlchemy's {@code obj in session}: true for a pending or persistent object. */
    public boolean contains(Object entity) {
        ObjectState state = inspect("db.session.contains", entity).state();
        return state == ObjectState.PENDING || state == ObjectState.PERSISTENT;
    }

    /** {@code db.inspect(obj)}: the object's state, identity and changes; {@code call} names the call in errors. */
    Inspection inspect(String call, Object entity) {
        entities.requireFor(call, entity);
        return work.states().inspect(entity);
    }

    ObjectStates states() {
        return work.states();
    }

    /** True when there are changes that a commit would write. */
    public boolean hasUncommittedChanges() {
        return work.hasUncommittedChanges();
    }

    /** Rolls back what is not committed and closes the Hibernate Session, keeping nothing. */
    public void close() {
        work.close();
    }
}
