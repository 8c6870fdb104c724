package dev.ormshell.orm;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.ConnectionAcquisitionMode;
import org.hibernate.ConnectionReleaseMode;
import org.hibernate.Interceptor;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.jdbc.ReturningWork;
import org.hibernate.type.Type;

/**
 * The chapter's {@code db.session}: one long-lived Hibernate Session. As in SQLAlchemy, added
 * objects are pending (their ids stay null) until a flush, which a commit, an explicit
 * {@link #flush()} or a query after changes performs; the transaction begins with that flush
 * and ends with {@link #commit()} or {@link #rollback()}.
 *
 * <p>A rollback, or a failed write (after which the Hibernate Session cannot be trusted), rolls
 * back and replaces the Hibernate Session, and a failure says so. As SQLAlchemy does, the objects
 * the session held are kept in it with their state read again from the database; objects
 * inserted in the lost transaction get their id back to null, so adding them again inserts them.
 */
public final class DbSession {

    // addAll() of more objects than this sends them in batches and lets go of them (see addAll).
    private static final int HUGE_ADD = 10_000;
    private static final int FLUSH_EVERY = 1_000;
    // Rows read outside a transaction that the session may hold before it forgets them (see hibernate()).
    private static final int READ_LIMIT = 50_000;
    // A rollback reads at most this many held objects back into the new session (one select each).
    private static final int REATTACH_LIMIT = 10_000;
    private static final String REPLACED =
            "The transaction was rolled back and a new session started; changes since the last commit are gone.";

    private final SessionFactory factory;
    // Takes a connection whose rollback failed out of the pool (see Database.evict).
    private final Consumer<Connection> evictBroken;
    private final Entities entities;
    private final NewObjects newObjects = new NewObjects();
    private final Set<Object> insertedInTransaction = Collections.newSetFromMap(new IdentityHashMap<>());
    // Rows a huge addAll() inserted in this transaction (never in the session, so a plain list will do).
    private final List<Object> bulkInserted = new ArrayList<>();
    private final RecentObjects recent = new RecentObjects(REATTACH_LIMIT);
    private Session session;
    private boolean unflushed;
    private boolean uncommitted;
    private boolean sandbox;

    DbSession(SessionFactory factory, Consumer<Connection> evictBroken) {
        this.factory = factory;
        this.evictBroken = evictBroken;
        this.entities = new Entities(factory);
    }

    /** The Hibernate Session behind this one, opened on first use. */
    public Session hibernate() {
        if (session == null || !session.isOpen()) {
            // The session keeps its connection from its first statement until releaseConnection():
            // borrowing one from the pool and giving it back around every query outside a
            // transaction cost more than a lookup by key itself on SQLite (measured: 9 µs per
            // lookup on one connection, 19 µs borrowing it each time). The shell gives it back
            // after each snippet, so an idle shell holds no connection and the pool still checks
            // one that sat idle before lending it again.
            session = factory.withOptions().interceptor(new InsertTracker())
                    .connectionHandling(ConnectionAcquisitionMode.AS_NEEDED, ConnectionReleaseMode.ON_CLOSE)
                    .openSession();
        } else if (!inTransaction() && holdsTooManyRows() && !session.isDirty()) {
            // Hibernate keeps every row it ever loaded until the session ends, so paging through a
            // million rows would keep a million objects. Outside a transaction with nothing pending
            // there is nothing to lose by forgetting them (as SQLAlchemy's weak identity map does):
            // an object still held is re-attached by the next add(), and a query reads rows afresh.
            session.clear();
        }
        return session;
    }

    private boolean holdsTooManyRows() {
        return ((SharedSessionContractImplementor) session).getPersistenceContextInternal()
                .getNumberOfManagedEntities() > READ_LIMIT;
    }

    /**
     * SQLAlchemy's {@code session.query(Owner)}: the immutable query of every row of an entity,
     * run in this session — the same query as a model's {@code User.query}.
     */
    public <T> ModelQuery<T> query(Class<T> entity) {
        entities.requireClass(entity, "query");
        return ModelQuery.of(entity).on(this);
    }

    SessionFactory factory() {
        return factory;
    }

    /** Makes a new object pending (inserted at the next flush), or brings a changed object's state in. */
    public void add(Object entity) {
        entities.require(entity, "add");
        Session s = hibernate();
        if (!s.contains(entity)) {
            if (entities.idOf(entity) == null) {
                newObjects.add(entity);
            } else {
                // An object from before a rollback or from another session: copy its state in.
                change("Write failed", hibernateSession -> hibernateSession.merge(entity));
            }
        }
        unflushed = true;
        uncommitted = true;
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
        boolean huge = objects.size() > HUGE_ADD;
        if (huge && addInBulk(objects)) {
            return;
        }
        List<Object> batch = new ArrayList<>();
        for (Object entity : objects) {
            add(entity);
            if (huge) {
                batch.add(entity);
                if (batch.size() == FLUSH_EVERY) {
                    flushAndDetach(batch);
                }
            }
        }
        if (huge) {
            flushAndDetach(batch);
        }
    }

    // The new objects go in through a stateless session on this session's connection (see BulkInsert).
    private boolean addInBulk(Collection<?> objects) {
        BulkInsert bulk = BulkInsert.plan(factory, entities, objects, newObjects::contains);
        if (bulk == null) {
            return false;
        }
        bulk.first().forEach(this::add);
        flush();
        change("Write failed", s -> {
            bulkInserted.addAll(bulk.rows());
            bulk.insert(s);
            // The bulk rows took ids this session had not counted.
            SqliteRowIds.recount((SharedSessionContractImplementor) s);
            bulk.first().forEach(s::detach);
        });
        uncommitted = true;
        return true;
    }

    private void flushAndDetach(List<Object> batch) {
        flush();
        change("Write failed", s -> batch.forEach(s::detach));
        batch.clear();
    }

    /** Marks the row of this object for deletion at the next flush. */
    public void delete(Object entity) {
        entities.require(entity, "delete");
        if (!newObjects.remove(entity)) {
            if (entities.idOf(entity) == null) {
                throw new ShellDatabaseException("db.session.delete: " + entity + " was never saved, so there is no row to delete");
            }
            change("Delete failed", s -> s.remove(s.contains(entity) ? entity : s.merge(entity)));
        }
        unflushed = true;
        uncommitted = true;
    }

    /** Sends pending changes to the database inside the transaction, without committing them. */
    public void flush() {
        change("Flush failed", s -> {
            beginIfNeeded(s);
            newObjects.persistAll(s);
            s.flush();
        });
        unflushed = false;
        uncommitted = true;
    }

    /** Writes every pending change in one transaction; on failure nothing of it stays. */
    public void commit() {
        if (sandbox) {
            // In a sandbox nothing reaches the database for good: a commit only flushes.
            flush();
            return;
        }
        Session s = hibernate();
        try {
            beginIfNeeded(s);
            newObjects.persistAll(s);
            s.getTransaction().commit();
        } catch (RuntimeException e) {
            throw replaceAfterFailure("Commit failed", e);
        }
        insertedInTransaction.clear();
        bulkInserted.clear();
        unflushed = false;
        uncommitted = false;
    }

    /** Discards every change since the last commit; objects loaded before are re-attached when added again. */
    public void rollback() {
        discardTransaction();
    }

    /**
     * Turns the sandbox on or off (as {@code rails console --sandbox}): while on, {@link #commit()}
     * only flushes, so everything done is rolled back when the sandbox ends or the shell closes.
     * Turning it off rolls back what was done in it.
     */
    public void setSandbox(boolean on) {
        if (on && hasUncommittedChanges()) {
            throw new ShellDatabaseException("There are uncommitted changes: commit or roll them back before entering the sandbox");
        }
        if (!on && sandbox) {
            rollback();
        }
        sandbox = on;
    }

    public boolean sandbox() {
        return sandbox;
    }

    /** True when there are changes that a commit would write. */
    public boolean hasUncommittedChanges() {
        if (uncommitted || !newObjects.isEmpty() || inTransaction()) {
            return true;
        }
        try {
            return session != null && session.isOpen() && session.isDirty();
        } catch (RuntimeException e) {
            return true;
        }
    }

    /**
     * The session a query should run in. Changes made since the last flush are flushed first
     * (SQLAlchemy's autoflush), so a query sees what was added; that flush begins the transaction.
     */
    public Session forQuery() {
        if (unflushed) {
            flush();
        }
        return hibernate();
    }

    /** If the object was added but not flushed yet, flushes so it gets its id; returns its id. */
    Object idAfterAutoflush(Object entity) {
        if (newObjects.contains(entity)) {
            flush();
        }
        return entities.idOf(entity);
    }

    /**
     * Runs JDBC work on this session's own connection, so raw SQL sees the changes not committed
     * yet. Pending changes are flushed first. Work that writes joins the session's transaction
     * (begun if needed), so a rollback undoes it and leaving the shell asks about it.
     */
    public <T> T withConnection(boolean writes, ReturningWork<T> work) {
        Session s = forQuery();
        // Only a write can leave a transaction behind; reads (Tab completion asks for tables) skip the check.
        boolean hadChanges = !writes || hasUncommittedChanges();
        if (writes) {
            beginIfNeeded(s);
            uncommitted = true;
        }
        try {
            return s.doReturningWork(work);
        } catch (TransactionLostException e) {
            discardTransaction();
            throw new ShellDatabaseException(e.getMessage() + ". " + REPLACED, e);
        } catch (RuntimeException e) {
            if (!hadChanges) {
                // Only this failed statement was in the transaction: end it, so nothing looks uncommitted.
                rollback();
            }
            throw e;
        }
    }

    /**
     * Gives the session's connection back to the pool unless a transaction, or a result the user
     * is still reading (a {@code stream()} or {@code scroll()} kept in a variable), is using it;
     * the next statement borrows one again. The shell calls this when a snippet is done.
     */
    public void releaseConnection() {
        if (session != null && session.isOpen() && !inTransaction()) {
            var connection = ((SharedSessionContractImplementor) session).getJdbcCoordinator().getLogicalConnection();
            if (connection.getResourceRegistry().hasRegisteredResources()) {
                return;
            }
            try {
                connection.manualDisconnect();
            } catch (RuntimeException broken) {
                // A connection that cannot be given back is broken: the pool drops it, and the
                // session borrows another at its next statement.
            }
        }
    }

    /**
     * Called by the shell after a snippet failed: if the failure left the transaction unusable
     * (Hibernate marked it rollback-only), roll back and start a new session. Returns a notice for
     * the user, or null if nothing had to be done.
     */
    public String recoverIfBroken() {
        if (inTransaction() && session.getTransaction().getRollbackOnly()) {
            discardTransaction();
            return REPLACED;
        }
        return null;
    }

    /**
     * Called by the shell after it stopped a snippet in the middle of database work (Ctrl-C that
     * cancelling a statement did not end): a flush may be half done, a batch half sent, so
     * nothing of the transaction can be trusted. Rolls it back and starts a new session; returns
     * the notice for the user, or null if nothing was uncommitted.
     */
    public String discardAfterStop() {
        boolean hadTransaction = inTransaction();
        discardTransaction();
        return hadTransaction ? REPLACED : null;
    }

    /** Rolls back what is not committed and closes the Hibernate Session, keeping nothing. */
    public void close() {
        recent.clear();
        discardTransaction();
    }

    private boolean inTransaction() {
        return session != null && session.isOpen() && session.getTransaction().isActive();
    }

    private interface Change {
        void apply(Session session);
    }

    private void change(String failure, Change change) {
        Session s = hibernate();
        try {
            change.apply(s);
        } catch (PersistenceException | IllegalArgumentException | IllegalStateException
                 | jakarta.validation.ValidationException e) {
            throw replaceAfterFailure(failure, e);
        }
    }

    private static void beginIfNeeded(Session s) {
        if (!s.getTransaction().isActive()) {
            s.getTransaction().begin();
        }
    }

    private ShellDatabaseException replaceAfterFailure(String what, RuntimeException cause) {
        discardTransaction();
        String message = ErrorMessages.databaseMessage(cause);
        return new ShellDatabaseException(what + ": " + message + (message.contains("\n") ? "\n" : ". ") + REPLACED, cause);
    }

    private void discardTransaction() {
        List<Object> held = heldObjects();
        try {
            if (inTransaction()) {
                session.getTransaction().rollback();
            }
        } catch (RuntimeException failed) {
            // The connection is gone, or the database ended the transaction by itself (SQLite
            // does when a write is interrupted): either way, no later session may borrow it.
            Connection connection = physicalConnection();
            if (connection != null) {
                evictBroken.accept(connection);
            }
        } finally {
            closeQuietly(session);
            session = null;
            newObjects.clear();
            insertedInTransaction.forEach(entities::forgetId);
            insertedInTransaction.clear();
            bulkInserted.forEach(entities::forgetId);
            bulkInserted.clear();
            unflushed = false;
            uncommitted = false;
        }
        reattach(held);
    }

    private Connection physicalConnection() {
        var logical = ((SharedSessionContractImplementor) session).getJdbcCoordinator().getLogicalConnection();
        return logical.isPhysicallyConnected() ? logical.getPhysicalConnection() : null;
    }

    // Closing gives the connection back, rolling back what is open; when the database already
    // ended the transaction (SQLite does when a write is interrupted) that fails, and the pool
    // takes the connection back anyway.
    private static void closeQuietly(Session session) {
        try {
            if (session != null && session.isOpen()) {
                session.close();
            }
        } catch (RuntimeException ignored) {
            // Nothing of the session is used again.
        }
    }

    // The objects the user may still hold that existed before this transaction (Hibernate may
    // already have cleared its own context on a failed commit, so the session keeps its own list).
    private List<Object> heldObjects() {
        List<Object> held = recent.alive();
        held.removeIf(insertedInTransaction::contains);
        return held;
    }

    /**
     * Puts the objects into the new session with their state read from the database, so that the
     * user's variables stay usable after a rollback: changing one is saved by the next commit and
     * a new object may refer to it. An object whose row is gone stays detached.
     */
    @SuppressWarnings("deprecation") // Session.load(Object, Object) is the one way to read state into an existing instance
    private void reattach(List<Object> held) {
        if (held.isEmpty()) {
            return;
        }
        Session fresh = hibernate();
        for (Object entity : held) {
            Object id = entities.idOf(entity);
            if (id == null || fresh.contains(entity)) {
                continue;
            }
            try {
                fresh.load(entity, id);
            } catch (RuntimeException gone) {
                // Deleted meanwhile, or the database is unreachable: the object stays detached.
            }
        }
    }

    /**
     * Remembers what this transaction inserted, so a rollback can forget their ids, and what the
     * session loaded or saved, so a rollback can keep those objects in the session.
     */
    private final class InsertTracker implements Interceptor {
        @Override
        public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
            insertedInTransaction.add(entity);
            recent.add(entity);
            return false;
        }

        @Override
        public boolean onLoad(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
            recent.add(entity);
            return false;
        }
    }
}
