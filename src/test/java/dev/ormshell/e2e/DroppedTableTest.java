package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ServerDatabases;
import dev.ormshell.testsupport.ServerDatabases.Server;
import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A model's table dropped behind the shell's back: every way of reaching it fails with the
 * database's words and the banner's hint (create it with db.createAll() or the migrations),
 * on SQLite, PostgreSQL and MariaDB. A table outside the model gets no such hint.
 */
class DroppedTableTest {

    static final String HINT = "db.createAll() creates it, or ./shell.sh db upgrade through the migrations";

    // Each failing line once; the shell goes on after each (--keep-going).
    static final String SCRIPT = """
            db.createAll();
            db.session.add(new Role("Admin"));
            db.session.commit();
            /sql drop table users
            db.session.commit();
            User.query.all()
            User.query.count()
            db.session.add(new User("john", Role.query.first()));
            db.session.commit();
            /sql select * from users
            /sql select * from no_table_of_the_model
            Role.query.count()
            """;

    @TempDir
    Path dir;

    @Test
    void onSqlite() {
        Result run = ShellProcess.run(dir, "", "run", "--keep-going", "--url", "sqlite:///" + dir.resolve("t.sqlite"),
                script());
        check(run, "no such table: users");
    }

    @ParameterizedTest
    @EnumSource(Server.class)
    void onServers(Server server) {
        try (ServerDatabases database = ServerDatabases.create(server)) {
            Result run = ShellProcess.run(dir, "", "run", "--keep-going", "--url", database.url(), script());
            check(run, server == Server.POSTGRESQL ? "relation \"users\" does not exist" : "users' doesn't exist");
        }
    }

    private String script() {
        Path file = dir.resolve("s.jsh");
        try {
            java.nio.file.Files.writeString(file, SCRIPT);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file.toString();
    }

    private static void check(Result run, String databaseWords) {
        List<String> errors = run.err().lines().filter(line -> line.contains(": error: ")).toList();
        assertEquals(5, errors.size(), run.err());
        // The model's table: the database's own words, then the hint; for every path that reaches it.
        for (String error : errors.subList(0, 4)) {
            assertTrue(error.contains(databaseWords) && error.contains("the model's table users is missing: " + HINT),
                    error);
        }
        // Not the model's table: the database's words alone.
        assertTrue(errors.get(4).contains("no_table_of_the_model") && !errors.get(4).contains("createAll"), errors.get(4));
        assertEquals(List.of("Done.", "1"), run.outLines(), run.err());
    }
}
