package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ShellProcess.Result;
import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The chapter's workflow on PostgreSQL and MariaDB through the real entry point, each test on a
 * database of its own, checked with psql and mysql. A server that is not running fails the test.
 */
class DbCommandServersTest {

    @TempDir
    Path dir;

    private Result db(TestDatabase database, String... args) throws Exception {
        String[] full = new String[args.length + 3];
        full[0] = "db";
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "--url";
        full[args.length + 2] = database.url();
        return ShellProcess.run(dir, "", full);
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void chapterWorkflowFailureAndDowngrade(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            assertEquals(0, db(database, "init").exitCode());
            assertEquals(0, db(database, "upgrade").exitCode());
            Result migrate = db(database, "migrate", "-m", "initial migration");
            assertEquals(0, migrate.exitCode(), migrate.all());
            assertTrue(migrate.out().startsWith("""
                    Detected added table 'roles'
                    Detected added table 'users'
                    Detected added index 'ix_users_username' on 'username'
                    """), migrate.out());
            Result upgrade = db(database, "upgrade");
            assertEquals(0, upgrade.exitCode(), upgrade.all());
            assertEquals(List.of("flyway_schema_history", "roles", "users"), database.tables());
            Result matches = db(database, "check");
            assertEquals(0, matches.exitCode(), matches.all());

            // The constraints are really there: another client is held to them.
            database.query("INSERT INTO roles (name) VALUES ('Admin')");
            database.query("INSERT INTO users (username, role_id) VALUES ('john', 1)");
            assertThrows(AssertionError.class, () -> database.query("INSERT INTO users (username, role_id) VALUES ('ann', 99)"));
            assertThrows(AssertionError.class, () -> database.query("INSERT INTO users (username) VALUES ('john')"));
            assertThrows(AssertionError.class, () -> database.query("INSERT INTO roles (name) VALUES ('Admin')"));

            assertEquals(0, db(database, "revision", "-m", "broken").exitCode());
            Files.writeString(dir.resolve("migrations/V2__broken.sql"),
                    "CREATE TABLE half (id INTEGER PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);\n", StandardOpenOption.APPEND);
            Result failed = db(database, "upgrade");
            assertEquals(1, failed.exitCode());
            String error = failed.err().strip();
            assertTrue(error.startsWith("error: V2__broken.sql failed: ") && error.contains("nowhere")
                    && error.contains("The database stays at version 1 (initial migration)") && error.lines().count() == 1, error);
            if (kind == TestDatabase.Kind.POSTGRESQL) {
                assertEquals(List.of("flyway_schema_history", "roles", "users"), database.tables(), "no half-applied DDL");
            } else {
                assertTrue(error.contains("MariaDB cannot roll back DDL"), error);
                Result check = db(database, "check");
                assertTrue(check.out().contains("Detected removed table 'half'"), "what is left over is visible: " + check.all());
                database.query("DROP TABLE half");
            }
            assertEquals(List.of("1"), database.query("SELECT version FROM flyway_schema_history ORDER BY installed_rank"));
            Files.delete(dir.resolve("migrations/V2__broken.sql"));
            Files.delete(dir.resolve("migrations/U2__broken.sql"));

            Result down = db(database, "downgrade");
            assertEquals(0, down.exitCode(), down.all());
            assertTrue(database.tables().stream().noneMatch(t -> t.equals("roles") || t.equals("users")), database.tables().toString());

            // Two upgrades at once: each migration runs once, both processes succeed.
            List<ShellProcess> running = List.of(
                    ShellProcess.start(dir, "", "db", "upgrade", "--url", database.url()),
                    ShellProcess.start(dir, "", "db", "upgrade", "--url", database.url()));
            for (ShellProcess process : running) {
                Result result = process.finish();
                assertEquals(0, result.exitCode(), result.all());
            }
            assertEquals(List.of("1"), database.query("SELECT version FROM flyway_schema_history ORDER BY installed_rank"));
            assertEquals(0, db(database, "check").exitCode());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void theShippedMigrationsServeThisServerToo(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            Path shipped = Path.of("migrations").toAbsolutePath();
            Result upgrade = db(database, "upgrade", "--migrations", shipped.toString());
            assertEquals(0, upgrade.exitCode(), upgrade.all());
            assertEquals(0, db(database, "check", "--migrations", shipped.toString()).exitCode());

            Result walkthrough = ShellProcess.run(dir, """
                    Role admin = new Role("Admin");
                    Role user = new Role("User");
                    db.session.addAll(admin, user, new User("john", admin), new User("susan", user));
                    System.out.println(admin.getId());
                    db.session.commit();
                    List.of(admin.getId(), user.getId())
                    User.query.filterBy("role", user).all()
                    """, "--url", database.url());
            assertEquals(0, walkthrough.exitCode(), walkthrough.all());
            assertEquals(List.of("null", "[1, 2]", "[<User 'susan'>]"), walkthrough.out().lines().toList());
            assertEquals(List.of("susan|2"), database.query("SELECT username, role_id FROM users WHERE username = 'susan'"));
        }
    }
}
