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

    public Db(Database database) {
        this.database = database;
        this.session = new DbSession(database.sessionFactory(), database::evict);
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

    /** Shorthand for the Hibernate Session of {@code db.session}. */
    public Session hibernateSession() {
        return session.hibernate();
    }

    @Override
    public String toString() {
        return "<Db " + database.url() + ">";
    }
}
