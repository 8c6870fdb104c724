package dev.ormshell.orm;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.Interceptor;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.type.Type;

/**
 * The chapter's {@code db.session}: one long-lived Hibernate Session. As in SQLAlchemy, added
 * objects are pending (their ids stay null) until a flush, which a commit, an explicit
 * {@link #flush()} or a query over pending changes performs; the transaction begins with that
 * flush and ends with {@link #commit()} or {@link #rollback()}.
 *
 * <p>After a failed write the Hibernate Session cannot be trusted any more, so it is rolled
 * back and replaced, and the error says so. Objects inserted in the lost transaction get their
 * id back to null, so adding them again inserts them again; older objects are re-attached on
 * the next {@link #add}.
 */
public final class DbSession {

    private final SessionFactory factory;
    private final Set<Object> insertedInTransaction = Collections.newSetFromMap(new IdentityHashMap<>());
    private Session session;
    // Something was added, changed or deleted since the last commit or rollback.
    private boolean pending;
    private boolean sandbox;

    DbSession(SessionFactory factory) {
        this.factory = factory;
    }

    /** The Hibernate Session behind this one, opened on first use. */
    public Session hibernate() {
        if (session == null || !session.isOpen()) {
            session = factory.withOptions().interceptor(new InsertTracker()).openSession();
        }
        return session;
    }

    /** Makes a new object pending (inserted at the next flush), or brings a changed object's state in. */
    public void add(Object entity) {
        requireEntity(entity, "add");
        change(s -> {
            if (s.contains(entity)) {
                return;
            }
            // Outside a transaction Hibernate delays an IDENTITY insert until the flush, so the id
            // stays null until commit, as in the chapter.
            if (factory.getPersistenceUnitUtil().getIdentifier(entity) == null) {
                s.persist(entity);
            } else {
                // An object from before a rollback or from another session: copy its state in.
                s.merge(entity);
            }
        });
    }

    /** The chapter's {@code add_all}: adds each object, in order. */
    public void addAll(Object... entities) {
        addAll(Arrays.asList(entities));
    }

    public void addAll(Collection<?> entities) {
        for (Object entity : entities) {
            add(entity);
        }
    }

    /** Marks the row of this object for deletion at the next flush. */
    public void delete(Object entity) {
        requireEntity(entity, "delete");
        change(s -> s.remove(s.contains(entity) ? entity : s.merge(entity)));
    }

    /** Sends pending changes to the database inside the transaction, without committing them. */
    public void flush() {
        change(s -> {
            beginIfNeeded(s);
            s.flush();
        });
    }

    /** Writes every pending change in one transaction; on failure nothing of it stays. */
    public void commit() {
        if (session == null || !session.isOpen()) {
            return;
        }
        if (sandbox) {
            // In a sandbox nothing reaches the database for good: a commit only flushes.
            flush();
            return;
        }
        try {
            beginIfNeeded(session);
            session.getTransaction().commit();
            insertedInTransaction.clear();
            pending = false;
        } catch (RuntimeException e) {
            throw replaceAfterFailure("Commit failed", e);
        }
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

    /**
     * Runs JDBC work on this session's own connection, so raw SQL sees the changes not committed
     * yet. Pending changes are flushed first. Work that writes joins the session's transaction
     * (begun if needed), so a rollback undoes it and leaving the shell asks about it.
     */
    public <T> T withConnection(boolean writes, org.hibernate.jdbc.ReturningWork<T> work) {
        Session s = forQuery();
        if (writes) {
            beginIfNeeded(s);
            pending = true;
        }
        return s.doReturningWork(work);
    }

    /** Discards every change since the last commit; objects loaded before are re-attached when added again. */
    public void rollback() {
        if (session != null) {
            discardTransaction();
        }
    }

    /** True when there are changes that a commit would write. */
    public boolean hasUncommittedChanges() {
        if (session == null || !session.isOpen()) {
            return false;
        }
        try {
            return pending || inTransaction() || session.isDirty();
        } catch (RuntimeException e) {
            return true;
        }
    }

    /**
     * The session a query should run in. Pending changes are flushed first (SQLAlchemy's
     * autoflush), so a query sees what was added; that flush begins the transaction.
     */
    public Session forQuery() {
        Session s = hibernate();
        if (pending) {
            flush();
        }
        return s;
    }

    /**
     * Called by the shell after a snippet failed: if the failure left the transaction unusable
     * (Hibernate marked it rollback-only), roll back and start a new session. Returns a notice for
     * the user, or null if nothing had to be done.
     */
    public String recoverIfBroken() {
        if (inTransaction() && session.getTransaction().getRollbackOnly()) {
            discardTransaction();
            return "The transaction was rolled back and a new session started; changes since the last commit are gone.";
        }
        return null;
    }

    public void close() {
        if (session != null && session.isOpen()) {
            if (inTransaction()) {
                session.getTransaction().rollback();
            }
            session.close();
        }
        session = null;
    }

    private boolean inTransaction() {
        return session != null && session.isOpen() && session.getTransaction().isActive();
    }

    private interface Change {
        void apply(Session session);
    }

    private void change(Change change) {
        Session s = hibernate();
        try {
            change.apply(s);
            pending = true;
        } catch (PersistenceException | IllegalArgumentException | IllegalStateException e) {
            throw replaceAfterFailure("Write failed", e);
        }
    }

    private static void beginIfNeeded(Session s) {
        if (!s.getTransaction().isActive()) {
            s.getTransaction().begin();
        }
    }

    private ShellDatabaseException replaceAfterFailure(String what, RuntimeException cause) {
        discardTransaction();
        return new ShellDatabaseException(what + ": " + ErrorMessages.databaseMessage(cause)
                + ". The transaction was rolled back and a new session started; changes since the last commit are gone.",
                cause);
    }

    private void discardTransaction() {
        try {
            if (inTransaction()) {
                session.getTransaction().rollback();
            }
        } catch (RuntimeException ignored) {
            // The connection may be gone; the session is discarded below either way.
        } finally {
            if (session != null) {
                session.close();
            }
            session = null;
            pending = false;
            forgetIds(insertedInTransaction);
            insertedInTransaction.clear();
        }
    }

    // The rows these ids named were rolled back: a null id makes add() insert the object again.
    private void forgetIds(Collection<Object> entities) {
        for (Object entity : new ArrayList<>(entities)) {
            EntityType<?> type = factory.getMetamodel().entity(entity.getClass());
            if (type.getIdType() == null) {
                continue;
            }
            var id = type.getId(type.getIdType().getJavaType());
            if (id.getJavaMember() instanceof Field field) {
                try {
                    field.setAccessible(true);
                    field.set(entity, null);
                } catch (ReflectiveOperationException | RuntimeException ignored) {
                    // A primitive or inaccessible id: leave it; add() will merge instead.
                }
            }
        }
    }

    private void requireEntity(Object entity, String operation) {
        if (entity == null) {
            throw new ShellDatabaseException("db.session." + operation + "(null): give an entity object, e.g. new Role(\"Admin\")");
        }
        try {
            factory.getMetamodel().entity(entity.getClass());
        } catch (IllegalArgumentException e) {
            String known = String.join(", ", factory.getMetamodel().getEntities().stream()
                    .map(EntityType::getName).sorted().toList());
            throw new ShellDatabaseException("db.session." + operation + ": " + entity.getClass().getSimpleName()
                    + " is not an entity (entities: " + known + ")");
        }
    }

    /** Remembers what this transaction inserted, so a rollback can forget their ids. */
    private final class InsertTracker implements Interceptor {
        @Override
        public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
            insertedInTransaction.add(entity);
            return false;
        }
    }
}
