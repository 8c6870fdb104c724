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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "Seeing what the ORM does" through the real shell on every database: object states, the flush
 * preview against what the commit sends, the clean echo, statement counts, N+1 warnings, EXPLAIN.
 */
class SeeingTheOrmTest {

    private static final String N_PLUS_ONE = "N+1: Role loaded 30 times through User.role, one select each;"
            + " use join fetch, e.g. /hql from User u join fetch u.role";

    // Thirty users, each with a role of its own, committed; then a session that holds nothing.
    private static final String THIRTY_USERS = """
            db.createAll();
            for (int i = 0; i < 30; i++) db.session.add(new User("user" + i, new Role("role" + i)));
            db.session.commit();
            db.session.close();
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void oneObjectThroughAddFlushCommitChangeDeleteRollbackAndClose(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            Result run = run(database, """
                    db.createAll();
                    Role r = new Role("Admin");
                    db.inspect(r).state()
                    db.session.add(r);
                    db.inspect(r).state()
                    db.session.contains(r)
                    db.session.newObjects()
                    db.session.flush();
                    db.inspect(r).state()
                    db.session.commit();
                    db.inspect(r).state()
                    r.setName("Administrator");
                    db.inspect(r).state()
                    db.session.dirty()
                    db.inspect(r).changes()
                    db.session.delete(r);
                    db.inspect(r).state()
                    db.session.deleted()
                    db.session.flush();
                    db.inspect(r).state()
                    db.session.rollback();
                    db.inspect(r).state()
                    r.getName()
                    db.session.close();
                    db.inspect(r)
                    """);
            assertEquals(List.of("transient", "pending", "true", "[<Role 'Admin'>]", "persistent", "persistent",
                    "persistent", "[<Role 'Administrator'>]", "[name: 'Admin' → 'Administrator']",
                    "persistent", "[<Role 'Administrator'>]", "deleted", "persistent", "\"Admin\"",
                    "<Role 'Admin'>", "  state:    detached", "  identity: 1"), run.outLines(), run.err());
            assertEquals(List.of("1|Admin"), database.query("select id, name from roles"), "the rollback kept the committed row");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void pendingListsWhatTheCommitThenSendsAsEchoShowsIt(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            Result run = run(database, """
                    db.createAll();
                    Role admin = new Role("Admin");
                    Role guest = new Role("Guest");
                    db.session.addAll(admin, guest, new User("john", admin));
                    db.session.commit();
                    User john = User.query.filterBy("username", "john").first();
                    db.session.add(new User("susan", new Role("User")));
                    john.setUsername("johnny");
                    db.session.delete(guest);
                    /pending
                    /echo on
                    db.session.commit();
                    /echo off
                    """);
            assertEquals(List.of(
                    "insert into roles (name) values ('User')  -- <Role 'User'>",
                    "insert into users (role_id, username) values (<Role 'User'>.id, 'susan')  -- <User 'susan'>",
                    "update users set username = 'johnny' where id = 1  -- <User 'johnny'>, username was 'john'",
                    "delete from roles where id = 2  -- <Role 'Guest'>",
                    "(2 inserts, 1 update, 1 delete: sent at the next flush or commit)"), run.outLines(), run.err());

            List<String> echo = between(run.err(), "SQL echo is on.", "SQL echo is off.");
            List<String> statements = echo.stream().filter(line -> !line.startsWith("[parameters:")).toList();
            // The delete began the transaction already (it set the keys that pointed at the role to
            // NULL), so the echo of the commit has no BEGIN of its own.
            assertFalse(statements.contains("BEGIN (implicit)"), run.err());
            assertEquals("COMMIT", statements.get(statements.size() - 1), run.err());
            List<String> sent = statements.subList(0, statements.size() - 1);
            assertEquals(List.of("insert into roles", "insert into users", "update users", "delete from roles"),
                    sent.stream().map(SeeingTheOrmTest::verbAndTable).toList(), run.err());
            String values = String.join("\n", echo);
            for (String value : List.of("'User'", "'susan'", "'johnny'")) {
                assertTrue(values.contains(value), values);
            }
            assertTrue(echo.stream().noneMatch(SeeingTheOrmTest::shellsOwn), run.err());
            assertEquals(List.of("1|Admin", "3|User"), database.query("select id, name from roles order by id"));
            assertEquals(List.of("johnny|1", "susan|3"), database.query("select username, role_id from users order by username"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void nPlusOneStatementCountsAndThePlan(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            Result run = run(database, THIRTY_USERS + """
                    /nplusone on
                    /stats on
                    for (User u : User.query.all()) u.getRole().getName();
                    db.session.close();
                    /hql from User u join fetch u.role where u.username = 'user7'
                    db.stats().reset();
                    Role.query.count()
                    db.stats().selects()
                    /explain /hql from User u join fetch u.role where u.username = 'user7'
                    """);
            List<String> notices = run.err().lines().filter(line -> !line.endsWith(" are on.")).toList();
            assertEquals(5, notices.size(), run.err());
            assertTrue(notices.get(0).matches("31 statements \\(31 selects\\), [0-9.]+ ms in the database"), run.err());
            assertEquals(N_PLUS_ONE, notices.get(1), "one warning, with /echo off");
            assertTrue(notices.get(2).matches("1 statement \\(1 select\\), [0-9.]+ ms in the database"), run.err());
            assertTrue(notices.get(3).startsWith("1 statement (1 select)"), run.err());
            assertTrue(notices.get(4).startsWith("1 statement (1 other)"), "the EXPLAIN itself: " + run.err());

            List<String> out = run.outLines();
            int plan = out.indexOf("1") + 1;
            assertEquals("30", out.get(plan - 2), run.out());
            String explained = String.join("\n", out.subList(plan, out.size()));
            switch (kind) {
                case SQLITE -> assertTrue(explained.startsWith("QUERY PLAN\n|--SEARCH u1_0 USING INDEX ix_users_username"), explained);
                case POSTGRESQL -> assertTrue(explained.contains("users u1_0") && explained.contains("roles r1_0"), explained);
                case MARIADB -> assertTrue(explained.startsWith("id | select_type | table") && explained.contains("| r1_0 "), explained);
            }
        }
    }

    @Test
    void theTerminalWarnsOfNPlusOneWithoutBeingAsked() {
        Path file = dir.resolve("terminal.sqlite");
        ShellProcess.Result setup = ShellProcess.run(dir, THIRTY_USERS, "--url", "sqlite:///" + file);
        assertEquals(0, setup.exitCode(), setup.err());
        try (TmuxTerminal terminal = TmuxTerminal.start(dir, Map.of("ORMSHELL_HISTORY", dir.resolve("history").toString()),
                "--url", "sqlite:///" + file)) {
            terminal.waitForPrompt();
            terminal.enter("User.query.all().size()");
            String screen = terminal.waitFor("use join fetch, e.g. /hql from User u join fetch u.role");
            assertTrue(screen.contains("N+1: Role loaded 30 times through User.role"), screen);
            terminal.waitForPrompt();
            terminal.enter("/nplusone off");
            terminal.waitFor("N+1 warnings are off.");
        }
    }

    private Result run(TestDatabase database, String script) throws IOException {
        Path file = dir.resolve("lesson.jsh");
        Files.writeString(file, script);
        Result result = ShellProcess.run(dir, "", "run", file.toString(), "--url", database.url());
        assertEquals(0, result.exitCode(), result.all());
        return result;
    }

    private static List<String> between(String text, String from, String to) {
        List<String> lines = text.lines().toList();
        return new ArrayList<>(lines.subList(lines.indexOf(from) + 1, lines.indexOf(to)));
    }

    private static String verbAndTable(String sql) {
        String[] words = sql.split("[\\s(]+");
        return words[0].equals("update") ? words[0] + " " + words[1] : words[0] + " " + words[1] + " " + words[2];
    }

    private static boolean shellsOwn(String line) {
        return line.contains("where 0") || line.contains("sqlite_") || line.contains("coalesce(max(")
                || line.contains("nextval") || line.contains("pg_get_serial_sequence") || line.contains("max_allowed_packet");
    }
}
