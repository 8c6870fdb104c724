package dev.ormshell.orm;

import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The chapter's {@code db} object: the session ({@code db.session}), table creation
 * ({@code db.createAll()}, {@code db.dropAll()}) and the database the model's queries run on.
 */
public final class Db {

    private static volatile Db current;

    /** The chapter's {@code db.session}. */
    public final DbSession session;

    private final Database database;
    private final UnitOfWork work;
    private final DbStats stats;

    public Db(Database database) {
        this(database, new UnitOfWork(database));
    }

    /** A {@code db} whose session works in the given unit of work (the shell keeps it, to act around each input). */
    public Db(Database database, UnitOfWork work) {
        this.database = database;
        this.work = work;
        this.session = new DbSession(work);
        this.stats = new DbStats(database.dataSource().counter());
    }

    /** The database that {@code Role.query} and friends use: the one the shell opened. */
    public static Db current() {
        Db db = current;
        if (db == null) {
            throw new ShellDatabaseException("No database is open: start the shell, or call Db.use(db) first");
        }
        return db;
    }

    public static void use(Db db) {
        current = db;
    }

    /** Shorthand for {@code db.session.query(Owner.class)}: the immutable query of every row of an entity. */
    public <T> ModelQuery<T> query(Class<T> entity) {
        return session.query(entity);
    }

    /** The chapter's {@code db.create_all()}: creates the tables that do not exist yet. */
    public void createAll() {
        database.createMissingSchema();
    }

    /** The chapter's {@code db.drop_all()}: drops the model's tables and everything in them. */
    public void dropAll() {
        session.close();
        database.dropSchema();
    }

    public SessionFactory sessionFactory() {
        return database.sessionFactory();
    }

    public Database database() {
        return database;
    }

    UnitOfWork work() {
        return work;
    }

    /**
     * SQLAlchemy's {@code inspect(obj)}: the object's state (transient, pending, persistent,
     * deleted, detached), its identity and the attributes changed since it was loaded, old and new.
     */
    public Inspection inspect(Object entity) {
        return session.inspect("db.inspect", entity);
    }

    /** The statements the user's operations sent since the last {@code db.stats().reset()}, by kind, and the database's time. */
    public DbStats stats() {
        return stats;
    }

    /** Shorthand for the Hibernate Session of {@code db.session}. */
    public Session hibernateSession() {
        return session.hibernate();
    }

    @Override
    public String toString() {
        return "<Db " + database.url() + ">";
    }
}
