package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell's database commands, run by the real entry point from a script; sqlite3 checks what was kept. */
class ScriptedCommandsTest {

    @TempDir
    Path dir;

    // The script arrives on standard input, as "./shell.sh < script" sends it.
    private Result shell(String script, String... arguments) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(arguments),
                java.util.stream.Stream.of("--url", "sqlite:///" + dir.resolve("test.sqlite"))).toArray(String[]::new);
        return ShellProcess.run(dir, script, all);
    }

    private String sqlite(String sql) {
        return ShellProcess.sqlite3(dir.resolve("test.sqlite"), sql);
    }

    @Test
    void sqlRunsInTheSessionTransaction() throws Exception {
        Result run = shell("""
                db.createAll();
                db.session.add(new Role("Admin"));
                /sql select name from roles
                /sql insert into roles(name) values ('Raw')
                db.session.rollback();
                /sql select count(*) as n from roles
                /sql insert into roles(name) values ('Kept')
                db.session.commit();
                /sql update roles set name = 'Kept!' where name = 'Kept'
                /sql select nonsense from roles
                /sql create table notes (body text)
                """, "run", "--keep-going", "/dev/stdin");
        assertTrue(run.out().contains("name\n-----\nAdmin\n(1 row)"), run.out());
        assertTrue(run.out().contains("1 row affected."), run.out());
        assertTrue(run.out().contains("n\n-\n0\n(1 row)"), run.out());
        // A statement that changes no rows says so, not a count left from the update before it.
        assertTrue(run.out().endsWith("Done.\n"), run.out());
        assertTrue(run.err().contains(":10: error: SQL failed:") && run.err().contains("nonsense"), run.err());
        // The update after the commit was not committed: the script rolls back at its end and says so.
        assertTrue(run.err().contains("Uncommitted changes were rolled back."), run.err());
        assertEquals("Kept", sqlite("select group_concat(name) from roles"));
        assertEquals(1, run.exitCode());
    }

    @Test
    void sandboxRollsEverythingBackEvenCommits() throws Exception {
        Result run = shell("""
                db.createAll();
                db.session.add(new Role("Before"));
                db.session.commit();
                /sandbox on
                db.session.add(new Role("Inside"));
                db.session.commit();
                /sql update roles set name = 'Renamed' where name = 'Before'
                Role.query.count()
                """);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\n2\n"), run.out());
        assertTrue(run.err().contains("Sandbox: every change made in it was rolled back."), run.err());
        assertEquals("Before", sqlite("select group_concat(name) from roles"));
    }

    @Test
    void tablesSchemaTableAndHql() throws Exception {
        Result run = shell("""
                db.createAll();
                Role admin = new Role("Admin");
                db.session.addAll(admin, new User("john", admin), new User("susan", admin));
                db.session.commit();
                /tables
                /schema users
                /table User.query.orderBy("username").all()
                /hql select u.username as name, u.role.name as role from User u order by u.username desc
                /hql update User set username = 'JOHN' where username = 'john'
                /timing on
                /sql select username from users where id = 1
                """);
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("roles\nusers\n"), out);
        assertTrue(out.contains("username | VARCHAR(64)"), out);
        assertTrue(out.contains("index ix_users_username (unique) on username\n"), out);
        assertTrue(out.contains("foreign key fk_users_role_id_roles (role_id) references roles (id)\n"), out);
        assertTrue(out.contains("id | username | role\n---+----------+---------------\n 1 | john     | <Role 'Admin'>"), out);
        assertTrue(out.contains("name  | role\n------+------\nsusan | Admin\njohn  | Admin"), out);
        assertTrue(out.contains("1 row affected."), out);
        assertTrue(out.contains("JOHN"), out);
        assertTrue(run.err().matches("(?s).*\\(\\d+\\.\\d ms\\).*"), run.err());
        assertEquals("john", sqlite("select username from users where id = 1"));
    }

    @Test
    void saveWritesAScriptThatOpenReplays() throws Exception {
        Path saved = dir.resolve("saved.jsh");
        Result first = shell("""
                db.createAll();
                Role r = new Role("Saved");
                String broken = 1;
                db.session.add(r);
                db.session.commit();
                /save %s
                """.formatted(saved), "run", "--keep-going", "/dev/stdin");
        assertEquals(1, first.exitCode());
        // Only what ran without error is saved; interactive typing is what /save is for, and a script's units count too.
        String script = Files.readString(saved);
        assertFalse(script.contains("broken"), script);
        assertTrue(script.contains("Role r = new Role(\"Saved\");"), script);

        sqlite("delete from roles");
        Result second = shell("/open " + saved + "\nRole.query.all()\n/open " + dir.resolve("missing.jsh") + "\n");
        assertTrue(second.out().contains("[<Role 'Saved'>]"), second.out());
        assertTrue(second.err().contains("cannot open " + dir.resolve("missing.jsh") + ": no such file"), second.err());
    }

    @Test
    void resetForgetsVariablesButKeepsTheContext() throws Exception {
        Result run = shell("""
                int forgotten = 1;
                /reset
                db.toString().startsWith("<Db")
                /doc User.query.filterBy
                forgotten
                """);
        assertTrue(run.out().contains("true"), run.out());
        assertTrue(run.out().contains("ModelQuery<T>.filterBy(String attribute, Object value)"), run.out());
        assertTrue(run.err().contains("Reset:"), run.err());
        assertTrue(run.err().contains("cannot find symbol"), run.err());
    }
}
