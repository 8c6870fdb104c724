package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.SampleProjects;
import dev.ormshell.testsupport.ServerDatabases;
import dev.ormshell.testsupport.ServerDatabases.Server;
import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The plain JPA sample (src/test/resources/projects/library: a persistence unit, a mapped
 * superclass hierarchy, an embeddable, enums, a converter, a many-to-many, Long and UUID ids,
 * Bean Validation), built with Maven and opened with --project on each database; another client
 * checks what the session wrote.
 */
class LibraryProjectTest {

    // The chapter's session on this model: create, add, commit, query, change, a refused commit, delete.
    static final String SESSION = """
            db.createAll();
            Author frank = new Author("Frank", "Herbert", new Address("1 Dune Rd", "Tacoma", "98401"));
            Book dune = new Book("Dune", Genre.NOVEL, Isbn.of("978-0441013593")).by(frank);
            Member ann = new Member("Ann", "Lee", "0123456789");
            db.session.addAll(frank, dune, ann);
            dune.getId()
            db.session.commit();
            dune.getId() instanceof UUID
            db.query(Book.class).filterBy("genre", Genre.NOVEL).all()
            db.query(Author.class).filterBy("lastName", "Herbert").first().getBooks().iterator().next().getTitle()
            ann.setLevel(MembershipLevel.GOLD);
            db.session.commit();
            Member bob = new Member("Bob", "", "12");
            db.session.add(bob);
            db.session.commit();
            db.session.delete(ann);
            db.session.commit();
            db.session.query(Member.class).count()
            """;
    static final List<String> PRINTED = List.of("null", "true", "[Book[Dune]]", "\"Dune\"", "0");
    static final String REFUSED = "s.jsh:15: error: Commit failed: 2 values are not valid:\n"
            + "  Member.lastName: must not be blank\n"
            + "  Member.telephone: must match \"\\d{10}\"\n"
            + "The transaction was rolled back and a new session started; changes since the last commit are gone.";

    @TempDir
    Path dir;

    private Result session(String url) throws IOException {
        Files.writeString(dir.resolve("s.jsh"), SESSION);
        return ShellProcess.run(dir, "", "--project", SampleProjects.built("library").toString(), "run", "--keep-going",
                "s.jsh", "--url", url);
    }

    private static void assertSessionRan(Result result) {
        assertEquals(PRINTED, result.outLines(), result.all());
        assertEquals(REFUSED, result.err().strip());
        assertEquals(1, result.exitCode(), "the refused commit fails the script");
    }

    @Test
    void theSessionOnSqliteWritesTheColumnsThePersistenceUnitsNamingGives() throws IOException {
        Result result = session("sqlite:///library.sqlite");
        assertSessionRan(result);
        Path file = dir.resolve("library.sqlite");
        assertEquals("Frank|Herbert|1 Dune Rd|Tacoma|98401",
                ShellProcess.sqlite3(file, "select first_name, last_name, street, city, postal_code from author"));
        assertEquals("Dune|NOVEL|9780441013593|16", ShellProcess.sqlite3(file, "select title, genre, isbn, length(id) from book"));
        assertEquals("1", ShellProcess.sqlite3(file, "select count(*) from book_authors"));
        assertEquals("0", ShellProcess.sqlite3(file, "select count(*) from member"));
        // @NotBlank made the column NOT NULL, as Hibernate with Bean Validation maps it for the application.
        assertEquals("1", ShellProcess.sqlite3(file, "select \"notnull\" from pragma_table_info('author') where name = 'first_name'"));
    }

    @ParameterizedTest
    @EnumSource(Server.class)
    void theSessionOnAServerIsWhatItsClientSees(Server server) throws IOException {
        try (ServerDatabases database = ServerDatabases.create(server)) {
            assertSessionRan(session(database.url()));
            assertEquals("Frank|Herbert|Tacoma", database.query("select first_name, last_name, city from author"));
            assertEquals("Dune|NOVEL|9780441013593", database.query("select title, genre, isbn from book"));
            assertEquals("1", database.query("select count(*) from book_authors"));
            assertEquals("0", database.query("select count(*) from member"));
        }
    }

    @Test
    void withoutUrlTheShellUsesThePersistenceUnitsDatabaseAnH2DriverOfTheProject() throws IOException {
        Files.writeString(dir.resolve("s.jsh"), """
                db
                db.createAll();
                db.session.add(new Member("Ann", "Lee", "0123456789"));
                db.session.commit();
                /sql select first_name, level from member
                db.database().dialect().getClass().getSimpleName()
                """);
        Result result = ShellProcess.run(dir, "", "run", "s.jsh", "--project", SampleProjects.built("library").toString());
        assertEquals(0, result.exitCode(), result.all());
        assertEquals("<Db jdbc:h2:mem:library;DB_CLOSE_DELAY=-1 as sa>", result.outLines().get(0));
        assertTrue(result.out().contains("Ann        | BASIC"), result.out());
        assertTrue(result.out().contains("\"H2Dialect\""), result.out());
        assertFalse(result.all().contains("secret"), "the unit's password is never shown");
    }

    @Test
    void dbMigrateWritesIntoTheProjectsFlywayFolderAndUpgradeAppliesIt() {
        // A copy of its own: db migrate writes into the project's sources.
        Path project = SampleProjects.copy("library");
        String url = "sqlite:///" + dir.resolve("migrated.sqlite");
        Result init = ShellProcess.run(dir, "", "--project", project.toString(), "db", "init", "--url", url);
        assertEquals(0, init.exitCode(), init.all());
        Result migrate = ShellProcess.run(dir, "", "db", "migrate", "-m", "library tables", "--project", project.toString(),
                "--url", url);
        assertEquals(0, migrate.exitCode(), migrate.all());
        assertTrue(migrate.out().contains("Detected added table 'book_authors'"), migrate.out());
        Path folder = project.resolve("src/main/resources/db/migration");
        assertTrue(Files.exists(folder.resolve("V1__library_tables.sql")), migrate.all());
        assertFalse(Files.exists(dir.resolve("migrations")), "never the shell's own ./migrations");

        Result upgrade = ShellProcess.run(dir, "", "db", "upgrade", "--project", project.toString(), "--url", url);
        assertEquals(0, upgrade.exitCode(), upgrade.all());
        assertFalse(upgrade.err().contains("Building"), "a migration written is no reason to build again: " + upgrade.err());
        assertEquals("author\nbook\nbook_authors\nmember", ShellProcess.sqlite3(dir.resolve("migrated.sqlite"),
                "select name from sqlite_master where type = 'table' and name not like 'flyway%' order by name"));
    }
}
