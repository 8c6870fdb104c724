package dev.ormshell.repl.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.model.Models;
import dev.ormshell.orm.Database;
import dev.ormshell.orm.Db;
import dev.ormshell.repl.ShellStartup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Completion against a real shell: JShell's analysis, the Hibernate metamodel, a SQLite schema. */
class ShellCompleterTest {

    private static Path dir;
    private static Database database;
    private static CompletingShell shell;

    @BeforeAll
    static void openShell() throws Exception {
        dir = Files.createTempDirectory("completer");
        database = Database.open(DatabaseUrl.parse("sqlite:///" + dir.resolve("c.sqlite")), Models.ALL);
        shell = new CompletingShell(database);
        shell.db.createAll();
        shell.evaluate("Role adminRole = new Role(\"Admin\");");
    }

    @AfterAll
    static void close() throws Exception {
        shell.close();
        database.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static List<String> complete(String buffer) {
        return shell.complete(buffer);
    }

    @Test
    void javaMembersComeFromJShell() {
        assertTrue(complete("User.query.filt").contains("User.query.filterBy("), complete("User.query.filt").toString());
        assertTrue(complete("db.session.comm").contains("db.session.commit()"));
        assertTrue(complete("adminRo").contains("adminRole"));
        assertTrue(complete("new Rol").contains("new Role("));
    }

    @Test
    void attributeNamesInsideQueryStrings() {
        assertEquals(List.of("User.query.filterBy(\"username"), complete("User.query.filterBy(\"us"));
        assertTrue(complete("User.query.orderBy(\"").containsAll(List.of(
                "User.query.orderBy(\"id", "User.query.orderBy(\"role", "User.query.orderBy(\"username")));
        // Roles have users, users do not: the receiver's type decides.
        assertFalse(complete("User.query.orderBy(\"").contains("User.query.orderBy(\"users"));
        assertTrue(complete("Role.query.filterBy(\"").contains("Role.query.filterBy(\"users"));
        assertEquals(List.of("User.query.orderBy(\"role.name"), complete("User.query.orderBy(\"role.na"));
        assertEquals(List.of("adminRole.users().orderBy(\"username"), complete("adminRole.users().orderBy(\"user"));
        // Inside the string no space may follow the name: "username " names no attribute.
        assertFalse(shell.suggest("User.query.filterBy(\"us").get(0).complete());
    }

    @Test
    void commandsAndTheirArguments() {
        assertEquals(List.of("/echo"), complete("/ec"));
        assertEquals(List.of("/echo on", "/echo off"), complete("/echo o"));
        assertEquals(List.of("/schema roles"), complete("/schema r"));
        assertTrue(complete("/table User.query.al").contains("/table User.query.all()"));
    }

    @Test
    void tablesColumnsAndKeywordsAfterSql() {
        assertEquals(List.of("/sql select * from users"), complete("/sql select * from us"));
        assertTrue(complete("/sql select user").contains("/sql select username"));
        assertTrue(complete("/sql sel").contains("/sql select"));
        assertTrue(complete("/sql SEL").contains("/sql SELECT"));
        assertTrue(complete("/hql from Us").contains("/hql from User"));
    }

    @Test
    void fileNamesAfterOpen() throws Exception {
        Files.writeString(dir.resolve("experiment.jsh"), "1+1\n");
        String typed = "/open " + dir + "/exp";
        CompletionWord word = CompletionWord.at(typed, typed.length(), name -> dev.ormshell.repl.ArgumentSyntax.FILE);
        assertEquals(dir + "/exp", word.word());
        List<String> values = shell.suggest(typed).stream().map(Candidate::value).toList();
        assertEquals(List.of(dir + "/experiment.jsh"), values);
    }
}
