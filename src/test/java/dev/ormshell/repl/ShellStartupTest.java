package dev.ormshell.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.model.Models;
import dev.ormshell.orm.Database;
import dev.ormshell.orm.Db;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellStartupTest {

    @TempDir
    Path dir;

    @Test
    void theBannerSaysWhenTheTablesAreMissingAndHowToCreateThem() {
        try (Database database = Database.open(DatabaseUrl.parse("sqlite:///" + dir.resolve("new.sqlite")), Models.ALL)) {
            String fresh = ShellStartup.banner(database);
            assertTrue(fresh.contains("Preloaded: db, db.session, session, sessionFactory, Role, User"), fresh);
            assertTrue(fresh.endsWith("The database has no table roles, users yet: db.createAll() creates them,"
                    + " or ./shell.sh db upgrade through the migrations."), fresh);
            new Db(database).createAll();
            assertFalse(ShellStartup.banner(database).contains("no table"));
        }
    }
}
