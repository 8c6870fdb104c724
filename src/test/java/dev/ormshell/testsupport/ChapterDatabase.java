package dev.ormshell.testsupport;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.model.Models;
import dev.ormshell.model.Role;
import dev.ormshell.model.User;
import dev.ormshell.orm.Database;
import dev.ormshell.orm.Db;
import java.nio.file.Path;

/** A fresh SQLite file holding the chapter's roles and users, opened in-process for facade tests. */
public final class ChapterDatabase implements AutoCloseable {

    public final Db db;
    public final Path file;
    public Role admin;
    public Role moderator;
    public Role user;

    public ChapterDatabase(Path folder) {
        file = folder.resolve("chapter.sqlite");
        db = new Db(Database.open(DatabaseUrl.parse("sqlite:///" + file), Models.ALL));
        Db.use(db);
        db.createAll();
    }

    /** The chapter's rows: Admin, Moderator, User; john (Admin), susan and david (User). */
    public ChapterDatabase withChapterRows() {
        admin = new Role("Admin");
        moderator = new Role("Moderator");
        user = new Role("User");
        db.session.addAll(admin, moderator, user,
                new User("john", admin), new User("susan", user), new User("david", user));
        db.session.commit();
        return this;
    }

    @Override
    public void close() {
        db.session.close();
        db.database().close();
    }
}
