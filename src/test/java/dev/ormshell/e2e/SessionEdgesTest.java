package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import dev.ormshell.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The session's rough edges, as a new user meets them in scripts: nothing is silently dropped,
 * every refusal is one line that says what to do. Each runs the real shell; another client
 * (sqlite3, psql, mysql) checks what was kept.
 */
class SessionEdgesTest {

    static final String CHAPTER_ROWS = """
            db.createAll();
            Role admin = new Role("Admin");
            Role userRole = new Role("User");
            db.session.addAll(admin, userRole, new User("john", admin), new User("susan", userRole), new User("david", userRole));
            db.session.commit();
            """;

    @TempDir
    Path dir;

    private Result run(String url, String script, String... options) throws IOException {
        Files.writeString(dir.resolve("s.jsh"), script);
        List<String> arguments = new java.util.ArrayList<>(List.of("run"));
        arguments.addAll(List.of(options));
        arguments.addAll(List.of("s.jsh", "--url", url));
        return ShellProcess.run(dir, "", arguments.toArray(String[]::new));
    }

    private String sqliteUrl() {
        return "sqlite:///" + dir.resolve("data.sqlite");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void deletingARoleWhoseUsersAreLoadedSetsTheirRoleToNullAndDeletesIt(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            Result result = run(database.url(), CHAPTER_ROWS + """
                    List<User> users = User.query.orderBy("id").all();
                    db.session.delete(userRole);
                    db.session.commit();
                    Role.query.all()
                    users.get(1).getRole()
                    db.session.close();
                    db.session.delete(Role.query.filterBy("name", "Admin").first());
                    db.session.commit();
                    """);
            assertEquals(0, result.exitCode(), result.err());
            assertEquals(List.of("[<Role 'Admin'>]", "null"), result.outLines());
            assertEquals(List.of(), database.query("select name from roles"));
            assertEquals(List.of("john|0", "susan|0", "david|0"),
                    database.query("select username, count(role_id) from users group by id, username order by id"));
        }
    }

    @Test
    void addingAnObjectFromAClosedSessionBringsItBackAndADeletedOneIsRefusedByName() throws IOException {
        Result result = run(sqliteUrl(), CHAPTER_ROWS + """
                User john = User.query.filterBy("username", "john").first();
                Role loaded = Role.query.filterBy("name", "User").first();
                db.session.close();
                john.setUsername("johnny");
                db.session.add(john);
                db.session.add(new User("mary", loaded));
                db.session.commit();
                john.setUsername("jo");
                db.session.commit();
                db.session.delete(john);
                db.session.commit();
                db.session.add(john);
                User.query.count()
                """, "--keep-going");
        assertEquals(List.of("3"), result.outLines());
        assertEquals("s.jsh:17: error: db.session.add(<User 'jo'>): its row was deleted, so it cannot be added back;"
                + " make a new User for a new row", result.err().strip());
        assertEquals("susan|User\ndavid|User\nmary|User", ShellProcess.sqlite3(dir.resolve("data.sqlite"),
                "select username, roles.name from users join roles on roles.id = role_id order by users.id"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void groupByGivesRowsOfTheGroupsAndTheirCountsTheSameOnEveryDatabase(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            Result result = run(database.url(), CHAPTER_ROWS + """
                    db.session.add(new User("nobody")); db.session.commit();
                    User.query.groupBy("role").count()
                    User.query.filter("username <> ?1", "john").groupBy("role").count()
                    User.query.groupBy("role").select("role", "count(*)", "max(username)")
                    User.query.groupBy("role").all()
                    User.query.groupBy("role").select("username")
                    """, "--keep-going");
            assertEquals(List.of("[(null, 1), (<Role 'Admin'>, 1), (<Role 'User'>, 2)]", "[(null, 1), (<Role 'User'>, 2)]",
                    "[(null, 1, \"nobody\"), (<Role 'Admin'>, 1, \"john\"), (<Role 'User'>, 2, \"susan\")]"),
                    result.outLines());
            List<String> errors = result.err().lines().toList();
            assertEquals(List.of(
                    "s.jsh:10: error: groupBy(\"role\").all(): a group holds many User rows, so whole rows cannot be"
                            + " selected; count() gives each role with its count, select(\"role\", \"max(id)\") chosen columns",
                    "s.jsh:11: error: groupBy(\"role\").select(\"username\"): username is neither grouped nor counted;"
                            + " group by it too, or select an aggregate such as max(username)"), errors);
        }
    }

    @Test
    void aFilterValueOfTheWrongTypeIsRefusedAsFilterByRefusesIt() throws IOException {
        Result result = run(sqliteUrl(), CHAPTER_ROWS + """
                User.query.filter("username = ?1", 5).all()
                User.query.filter("role = ?1", "User").all()
                User.query.filter("id > ?1 and username like ?2", 1L, "%a%").all()
                User.query.filter("id in (?1)", List.of(1L, 3L)).count()
                """, "--keep-going");
        assertEquals(List.of("[<User 'susan'>, <User 'david'>]", "2"), result.outLines());
        assertEquals(List.of(
                "s.jsh:6: error: filter(\"username = ?1\"): ?1 is a String, not an Integer (5)",
                "s.jsh:7: error: filter(\"role = ?1\"): ?1 is a Role, not a String (User)"),
                result.err().lines().toList());
    }

    @Test
    void systemExitInARunScriptEndsItWithThatStatusAfterTheRollback() throws IOException {
        Result result = run(sqliteUrl(), """
                db.createAll();
                db.session.add(new Role("Pending"));
                System.exit(3);
                db.session.add(new Role("After"));
                db.session.commit();
                """);
        assertEquals(3, result.exitCode(), result.err());
        assertEquals("Uncommitted changes were rolled back.", result.err().strip());
        assertEquals("0", ShellProcess.sqlite3(dir.resolve("data.sqlite"), "select count(*) from roles"));
    }

    @Test
    void aStatementThatCannotBeFinishedIsAnErrorAtOnceAndTheNextLinesRun() throws IOException {
        Result result = run(sqliteUrl(), """
                int a = 1;
                User x = new User("a" ;
                int b = a + 1;
                b
                """, "--keep-going");
        assertEquals(1, result.exitCode());
        assertEquals(List.of("2"), result.outLines());
        // javac 17 says "')' expected", javac 25 "')' or ',' expected".
        assertTrue(result.err().strip().matches("s\\.jsh:2: error: '\\)'( or ',')? expected \\(column 22\\)"), result.err());
    }

    @Test
    void saveWritesTheSnippetsInEffectSoThatRunReachesTheSameState() throws IOException {
        Result first = run(sqliteUrl(), """
                db.createAll();
                int a = 1; int b = a + 1;
                String broken = 1;
                Role missing = Role.query.getOr404(42);
                missing == null
                db.session.add(new Role("Saved" + b)); Role.query.getOr404(42); db.session.commit();
                db.session.commit();
                Thread.sleep(1)
                /save saved.jsh
                """, "--keep-going");
        assertEquals(1, first.exitCode());
        String saved = Files.readString(dir.resolve("saved.jsh"));
        assertEquals("""
                db.createAll();
                int a = 1; int b = a + 1;
                db.session.add(new Role("Saved" + b));
                db.session.commit();
                Thread.sleep(1)
                """, saved);

        Files.delete(dir.resolve("data.sqlite"));
        Result replay = ShellProcess.run(dir, "", "run", "saved.jsh", "--url", sqliteUrl());
        assertEquals(0, replay.exitCode(), replay.err());
        assertEquals("Saved2", ShellProcess.sqlite3(dir.resolve("data.sqlite"), "select group_concat(name) from roles"));
        assertFalse(saved.contains("missing"), saved);
        assertTrue(first.err().contains("s.jsh:5: error: cannot find symbol"), first.err());
    }
}
