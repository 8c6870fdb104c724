package dev.ormshell.orm;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.hibernate.Interceptor;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.type.Type;

/**
 * The chapter's {@code db.session}: one long-lived Hibernate Session whose transaction begins
 * with the first change and ends with {@link #commit()} or {@link #rollback()}.
 *
 * <p>After a failed write the Hibernate Session cannot be trusted any more, so it is rolled
 * back and replaced, and the error says so. Objects created in the lost transaction get their
 * id back to null, so adding them again inserts them again; older objects are re-attached on
 * the next {@link #add}.
 */
public final class DbSession {

    // addAll() of more objects than this sends them in batches and lets go of them (see addAll).
    private static final int HUGE_ADD = 10_000;
    private static final int FLUSH_EVERY = 1_000;
    // Rows read outside a transaction that the session may hold before it forgets them (see hibernate()).
    private static final int READ_LIMIT = 50_000;

    private final SessionFactory factory;
    private final Set<Object> insertedInTransaction = Collections.newSetFromMap(new IdentityHashMap<>());
    private Session session;
    private boolean wroteInTransaction;

    DbSession(SessionFactory factory) {
        this.factory = factory;
    }

    /** The Hibernate Session behind this one, opened on first use. */
    public Session hibernate() {
        if (session == null || !session.isOpen()) {
            session = factory.withOptions().interceptor(new InsertTracker()).openSession();
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
        return ((org.hibernate.engine.spi.SharedSessionContractImplementor) session).getPersistenceContextInternal()
                .getNumberOfManagedEntities() > READ_LIMIT;
    }

    /** Schedules a new object to be inserted, or a changed object to be updated, at the next commit. */
    public void add(Object entity) {
        requireEntity(entity, "add");
        write(s -> {
            if (s.contains(entity)) {
                return;
            }
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

    /**
     * Adds each object, in order. A huge collection (over 10,000 objects) is sent to the database
     * 1,000 objects at a time (not committed) and each sent object is then detached from the
     * session, so memory stays flat however many there are; changing such an object later
     * needs another {@code add()} before the commit, as in the chapter.
     */
    public void addAll(Collection<?> entities) {
        if (entities.size() <= HUGE_ADD) {
            for (Object entity : entities) {
                add(entity);
            }
            return;
        }
        List<Object> batch = new ArrayList<>(FLUSH_EVERY);
        for (Object entity : entities) {
            add(entity);
            batch.add(entity);
            if (batch.size() == FLUSH_EVERY) {
                flushAndDetach(batch);
            }
        }
        flushAndDetach(batch);
    }

    private void flushAndDetach(List<Object> batch) {
        write(s -> {
            s.flush();
            batch.forEach(s::detach);
        });
        batch.clear();
    }

    /** Schedules the row of this object for deletion at the next commit. */
    public void delete(Object entity) {
        requireEntity(entity, "delete");
        write(s -> s.remove(s.contains(entity) ? entity : s.merge(entity)));
    }

    /** Sends pending changes to the database without committing them. */
    public void flush() {
        write(Session::flush);
    }

    /** Writes every pending change in one transaction; on failure nothing of it stays. */
    public void commit() {
        if (!inTransaction()) {
            return;
        }
        try {
            session.getTransaction().commit();
            insertedInTransaction.clear();
        } catch (RuntimeException e) {
            throw replaceAfterFailure("Commit failed", e);
        }
    }

    /** Discards every change since the last commit. */
    public void rollback() {
        if (!inTransaction()) {
            return;
        }
        discardTransaction();
    }

    /** True when changes have been made since the last commit (or may have been, through raw SQL). */
    public boolean hasUncommittedChanges() {
        return inTransaction() && (!insertedInTransaction.isEmpty() || session.isDirty() || wroteInTransaction);
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

    private interface Write {
        void apply(Session session);
    }

    private void write(Write write) {
        Session s = hibernate();
        Transaction tx = s.getTransaction();
        if (!tx.isActive()) {
            tx.begin();
        }
        wroteInTransaction = true;
        try {
            write.apply(s);
        } catch (PersistenceException | IllegalArgumentException | IllegalStateException e) {
            throw replaceAfterFailure("Write failed", e);
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
            wroteInTransaction = false;
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
