package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chapter's database operations, line for line in Java, through the real shell in scripted mode. */
class ChapterWalkthroughTest {

    static final String WALKTHROUGH = """
            db.createAll();
            Role adminRole = new Role("Admin");
            Role modRole = new Role("Moderator");
            Role userRole = new Role("User");
            User userJohn = new User("john", adminRole);
            User userSusan = new User("susan", userRole);
            User userDavid = new User("david", userRole);
            System.out.println(adminRole.getId());
            System.out.println(modRole.getId());
            System.out.println(userRole.getId());
            db.session.addAll(adminRole, modRole, userRole,
                              userJohn, userSusan, userDavid);
            db.session.commit();
            System.out.println(adminRole.getId());
            System.out.println(modRole.getId());
            System.out.println(userRole.getId());
            adminRole.setName("Administrator");
            db.session.add(adminRole);
            db.session.commit();
            db.session.delete(modRole);
            db.session.commit();
            Role.query.all()
            User.query.all()
            User.query.filterBy("role", userRole).all()
            User.query.filterBy("role", userRole).toString()
            """;

    static final List<String> EXPECTED = List.of(
            "null", "null", "null",
            "1", "2", "3",
            "[<Role 'Administrator'>, <Role 'User'>]",
            "[<User 'john'>, <User 'susan'>, <User 'david'>]",
            "[<User 'susan'>, <User 'david'>]");

    @TempDir
    Path dir;

    @Test
    void theChapterWalkthroughPrintsWhatTheChapterShows() throws IOException {
        Files.writeString(dir.resolve("walkthrough.jsh"), WALKTHROUGH);
        Result result = ShellProcess.run(dir, "", "run", "walkthrough.jsh");

        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.outLines();
        assertEquals(EXPECTED, lines.subList(0, EXPECTED.size()));
        String sql = lines.get(EXPECTED.size());
        assertTrue(sql.matches("\"select .* from users \\w+ where \\(\\w+\\.role_id=\\?\\)\""), sql);
        assertEquals(EXPECTED.size() + 1, lines.size(), result.out());
        assertEquals("", result.err(), "no banner, no prompt, no log lines in scripted mode");
    }

    @Test
    void standardInputRunsTheSameWayAsRun() {
        Result result = ShellProcess.run(dir, WALKTHROUGH);
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(EXPECTED, result.outLines().subList(0, EXPECTED.size()));
    }

    @Test
    void aSecondProcessAndTheSqliteClientSeeWhatWasCommitted() throws IOException {
        Files.writeString(dir.resolve("walkthrough.jsh"), WALKTHROUGH);
        assertEquals(0, ShellProcess.run(dir, "", "run", "walkthrough.jsh").exitCode());

        Result second = ShellProcess.run(dir, """
                Role userRole = Role.query.filterBy("name", "User").first();
                userRole
                var users = userRole.users();
                users.all().get(0).getRole()
                userRole.users().orderBy("username").all()
                userRole.users().count()
                User.query.filter("username like ?1", "%a%").orderBy("username desc").all()
                User.query.orderBy("username").limit(1).offset(1).all()
                Role.query.getOr404(2)
                """);
        assertEquals(List.of("<Role 'User'>", "<Role 'User'>", "[<User 'david'>, <User 'susan'>]", "2",
                "[<User 'susan'>, <User 'david'>]", "[<User 'john'>]"), second.outLines());
        assertEquals(1, second.exitCode());
        assertEquals("<stdin>:9: error: 404 Not Found: no Role with id 2", second.err().strip());

        Path file = dir.resolve("data.sqlite");
        assertEquals("1|Administrator\n3|User", ShellProcess.sqlite3(file, "select id, name from roles order by id"));
        assertEquals("1|john|1\n2|susan|3\n3|david|3",
                ShellProcess.sqlite3(file, "select id, username, role_id from users order by id"));
    }

    @Test
    void theDatabaseUrlPicksTheFile() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Result relative = ShellProcess.run(dir, "db.createAll();\ndb.session.add(new Role(\"R\"));\ndb.session.commit();\n",
                "--url", "sqlite:///sub/rel.sqlite");
        assertEquals(0, relative.exitCode(), relative.err());
        assertEquals("R", ShellProcess.sqlite3(dir.resolve("sub/rel.sqlite"), "select name from roles"));

        Path absolute = dir.resolve("abs.sqlite").toAbsolutePath();
        Result fromEnv = ShellProcess.run(dir, "db.createAll();\nRole.query.count()\n",
                java.util.Map.of("DATABASE_URL", "sqlite:///" + absolute), new String[0]);
        assertEquals(List.of("0"), fromEnv.outLines(), fromEnv.err());
        assertTrue(Files.exists(absolute));
    }
}
