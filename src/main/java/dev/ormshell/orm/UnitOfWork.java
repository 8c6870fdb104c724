package dev.ormshell.orm;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.ConnectionAcquisitionMode;
import org.hibernate.ConnectionReleaseMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.jdbc.ReturningWork;

/**
 * What {@code db.session} works in: one Hibernate Session, kept from one input to the next, and
 * the transaction in it, which the first write begins and a commit or rollback ends. The
 * chapter's API ({@link DbSession}) works through it; so does the shell around each input: it
 * gives the connection back, recovers after a failure, and discards the transaction after a
 * forced stop.
 *
 * <p>A rollback, or a failed write (after which the Hibernate Session cannot be trusted), rolls
 * back and replaces the Hibernate Session, and a failure says so; the objects the session held
 * are read again into the new one ({@link TransactionObjects}).
 */
public final class UnitOfWork {

    // Rows read outside a transaction that the session may hold before it forgets them (see session()).
    private static final int READ_LIMIT = 50_000;
    static final String REPLACED =
            "The transaction was rolled back and a new session started; changes since the last commit are gone.";

    private final Database database;
    private final SessionFactory factory;
    // Takes a connection whose rollback failed out of the pool (see Database.evict).
    private final Consumer<Connection> evictBroken;
    private final SpyingDataSource statements;
    private final Entities entities;
    private final NewObjects newObjects = new NewObjects();
    private final TransactionObjects touched;
    private final DetachedObjects detached;
    // SQLAlchemy's object states (pending, persistent, deleted …) read from this session's memory.
    private final ObjectStates states;
    private Session session;
    private boolean unflushed;
    private boolean uncommitted;
    private boolean sandbox;

    public UnitOfWork(Database database) {
        this.database = database;
        this.factory = database.sessionFactory();
        this.evictBroken = database::evict;
        this.statements = database.dataSource();
        this.entities = new Entities(factory);
        this.states = new ObjectStates(factory.unwrap(SessionFactoryImplementor.class), entities, newObjects,
                () -> session != null && session.isOpen() ? session : null);
        this.touched = new TransactionObjects(entities, states::removed);
        this.detached = DetachedObjects.of(factory, entities);
    }

    /** The Hibernate Session, opened on first use. */
    Session session() {
        if (session == null || !session.isOpen()) {
            // The session keeps its connection from its first statement until releaseConnection():
            // borrowing one around every query outside a transaction cost more than a lookup by key
            // on SQLite (9 µs per lookup on one connection, 19 µs borrowing it each time).
            session = factory.withOptions().interceptor(touched.tracker())
                    .connectionHandling(ConnectionAcquisitionMode.AS_NEEDED, ConnectionReleaseMode.ON_CLOSE)
                    .openSession();
        } else if (!inTransaction() && holdsTooManyRows() && !session.isDirty()) {
            // Hibernate keeps every row it loaded until the session ends. Outside a transaction with
            // nothing pending there is nothing to lose by forgetting them (as SQLAlchemy's weak
            // identity map does): an object still held is brought back by the next add().
            session.clear();
        }
        return session;
    }

    private boolean holdsTooManyRows() {
        return ((SharedSessionContractImplementor) session).getPersistenceContextInternal()
                .getNumberOfManagedEntities() > READ_LIMIT;
    }

    SessionFactory factory() {
        return factory;
    }

    Database database() {
        return database;
    }

    /** Long work under way (a flush of many rows, a huge addAll), for the progress bar. */
    Progress progress() {
        return statements.progress();
    }

    Entities entities() {
        return entities;
    }

    NewObjects newObjects() {
        return newObjects;
    }

    TransactionObjects touched() {
        return touched;
    }

    DetachedObjects detached() {
        return detached;
    }

    ObjectStates states() {
        return states;
    }

    /** Something was added or deleted: the next query flushes, and leaving asks about it. */
    void changed() {
        unflushed = true;
        uncommitted = true;
    }

    /** Something was written inside the transaction (a bulk insert, a /sql write). */
    void wrote() {
        uncommitted = true;
    }

    /** Sends pending changes to the database inside the transaction, without committing them. */
    void flush() {
        progress().start("flush", "rows", newObjects.size());
        try {
            change("Flush failed", s -> {
                begin(s);
                newObjects.persistAll(s, detached::attachReferences);
                s.flush();
            });
        } finally {
            progress().finish();
        }
        unflushed = false;
        uncommitted = true;
    }

    void commit() {
        if (sandbox) {
            // In a sandbox nothing reaches the database for good: a commit only flushes.
            flush();
            return;
        }
        Session s = session();
        progress().start("commit", "rows", newObjects.size());
        try {
            begin(s);
            newObjects.persistAll(s, detached::attachReferences);
            s.getTransaction().commit();
        } catch (RuntimeException e) {
            throw failed("Commit failed", e);
        } finally {
            progress().finish();
        }
        touched.committed();
        states.transactionEnded();
        unflushed = false;
        uncommitted = false;
    }

    /**
     * The session a query should run in. Changes made since the last flush are flushed first
     * (SQLAlchemy's autoflush), so a query sees what was added; that flush begins the transaction.
     */
    public Session forQuery() {
        if (unflushed) {
            flush();
        }
        return session();
    }

    /** If the object was added but not flushed yet, flushes so it gets its id; returns its id. */
    Object idAfterAutoflush(Object entity) {
        if (newObjects.contains(entity)) {
            flush();
        }
        return entities.idOf(entity);
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

    interface Change {
        void apply(Session session);
    }

    /** Applies a change to the session; if it fails, the transaction is rolled back and the failure says so. */
    void change(String failure, Change change) {
        Session s = session();
        try {
            change.apply(s);
        } catch (PersistenceException | IllegalArgumentException | IllegalStateException
                 | jakarta.validation.ValidationException e) {
            throw failed(failure, e);
        }
    }

    static void begin(Session s) {
        if (!s.getTransaction().isActive()) {
            s.getTransaction().begin();
        }
    }

    ShellDatabaseException failed(String what, RuntimeException cause) {
        discard();
        // Bean Validation's violations come one a line; the notice then goes on a line of its own.
        String message = ErrorMessages.databaseMessage(cause);
        String separator = message.contains("\n") ? "\n" : message.endsWith(".") ? " " : ". ";
        return new ShellDatabaseException(what + ": " + message + separator + REPLACED, cause);
    }

    boolean inTransaction() {
        return session != null && session.isOpen() && session.getTransaction().isActive();
    }

    /** Rolls back what is not committed and starts a new Hibernate Session with the held objects in it. */
    void discard() {
        List<Object> held = touched.held();
        try {
            if (inTransaction()) {
                session.getTransaction().rollback();
            }
        } catch (RuntimeException failed) {
            // The connection is gone, or the database ended the transaction by itself (SQLite
            // does when a write is interrupted): either way, no later session may borrow it.
            SessionConnection.evict(session, evictBroken);
        } finally {
            SessionConnection.closeQuietly(session);
            session = null;
            newObjects.clear();
            touched.rolledBack();
            states.transactionEnded();
            unflushed = false;
            uncommitted = false;
        }
        if (!held.isEmpty()) {
            touched.readAgain(held, session());
        }
    }

    /** Rolls back what is not committed and closes the Hibernate Session, keeping nothing. */
    void close() {
        touched.forget();
        discard();
    }

    // ---- for the shell, around each input and for its /commands

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
            begin(s);
            uncommitted = true;
        }
        try {
            return s.doReturningWork(work);
        } catch (TransactionLostException e) {
            discard();
            throw new ShellDatabaseException(e.getMessage() + ". " + REPLACED, e);
        } catch (RuntimeException e) {
            if (!hadChanges) {
                // Only this failed statement was in the transaction: end it, so nothing looks uncommitted.
                discard();
            }
            throw e;
        }
    }

    /**
     * Gives the session's connection back to the pool unless a transaction, or a result the user
     * is still reading (a {@code stream()} kept in a variable), is using it; the next statement
     * borrows one again. The shell calls this when an input is done.
     */
    public void releaseConnection() {
        if (session != null && session.isOpen() && !inTransaction()) {
            SessionConnection.release(session);
        }
    }

    /**
     * After a failed input: if the failure left the transaction unusable (Hibernate marked it
     * rollback-only), rolls back and starts a new session. Returns a notice for the user, or null
     * if nothing had to be done.
     */
    public String recoverIfBroken() {
        if (inTransaction() && session.getTransaction().getRollbackOnly()) {
            discard();
            return REPLACED;
        }
        return null;
    }

    /**
     * After the shell stopped an input in the middle of database work (Ctrl-C that cancelling a
     * statement did not end): a flush may be half done, a batch half sent, so nothing of the
     * transaction can be trusted. Rolls it back and starts a new session; returns the notice for
     * the user, or null if nothing was uncommitted.
     */
    public String discardAfterStop() {
        boolean hadTransaction = inTransaction();
        discard();
        return hadTransaction ? REPLACED : null;
    }

    /** How many statements that may write have been sent so far (any session, any command). */
    public long writes() {
        return statements.writes();
    }

    /**
     * Turns the sandbox on or off (as {@code rails console --sandbox}): while on, a commit only
     * flushes, so everything done is rolled back when the sandbox ends or the shell closes.
     * Turning it off rolls back what was done in it.
     */
    public void setSandbox(boolean on) {
        if (on && hasUncommittedChanges()) {
            throw new ShellDatabaseException("There are uncommitted changes: commit or roll them back before entering the sandbox");
        }
        if (!on && sandbox) {
            discard();
        }
        sandbox = on;
    }

    public boolean sandbox() {
        return sandbox;
    }
}
