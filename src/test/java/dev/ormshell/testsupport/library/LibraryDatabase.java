package dev.ormshell.testsupport.library;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.orm.Database;
import dev.ormshell.orm.Db;
import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.List;

/** The library model (authors and books) on a database of its own, of any kind, opened in-process. */
public final class LibraryDatabase implements AutoCloseable {

    public final TestDatabase database;
    public final Database opened;
    public final Db db;

    public LibraryDatabase(TestDatabase.Kind kind, Path dir) {
        database = TestDatabase.create(kind, dir);
        opened = Database.open(DatabaseUrl.parse(database.url()), Book.MODEL);
        db = new Db(opened);
        Db.use(db);
        db.createAll();
    }

    /** Authors "author1" … "authorN", each with one book "bookI", committed; the session is then closed. */
    public LibraryDatabase withAuthors(int count) {
        for (int i = 1; i <= count; i++) {
            Author author = new Author("author" + i);
            author.write("book" + i);
            db.session.add(author);
        }
        db.session.commit();
        db.session.close();
        return this;
    }

    /** Rows as another client sees them (sqlite3, psql, mysql). */
    public List<String> query(String sql) {
        return database.query(sql);
    }

    @Override
    public void close() {
        try {
            db.session.close();
            opened.close();
        } finally {
            database.close();
        }
    }
}
