package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Spring Boot sample (src/test/resources/projects/clinic, in the pet clinic's style): its
 * schema written by hand in SQL with snake_case columns its camelCase fields reach only through
 * Spring Boot's naming, its database named in application-PROFILE.properties through
 * ${VAR:default} placeholders, a toString() made by a Spring class, and a Bean Validation
 * message kept in messages.properties.
 */
class ClinicProjectTest {

    static final String SESSION = """
            PetType cat = db.query(PetType.class).filterBy("name", "cat").first();
            Owner george = new Owner();
            george.setFirstName("George"); george.setLastName("Franklin"); george.setAddress("110 W. Liberty St."); george.setCity("Madison"); george.setTelephone("6085551023");
            Pet leo = new Pet(); leo.setName("Leo"); leo.setType(cat); leo.setBirthDate(java.time.LocalDate.of(2020, 9, 7));
            george.addPet(leo);
            db.session.add(george);
            db.session.commit();
            george.toString().replaceAll("@[0-9a-f]+", "")
            Vet carter = new Vet(); carter.setFirstName("James"); carter.setLastName("Carter");
            carter.addSpecialty(db.query(Specialty.class).filterBy("name", "surgery").first());
            Owner betty = new Owner();
            betty.setFirstName("Betty"); betty.setLastName("Davis"); betty.setAddress("638 Cardinal Ave."); betty.setCity("Sun Prairie"); betty.setTelephone("6085551749");
            db.session.addAll(carter, betty);
            db.session.commit();
            george.setTelephone("608-555");
            db.session.commit();
            db.query(Pet.class).filterBy("name", "Leo").first().getBirthDate()
            db.session.delete(betty);
            db.session.commit();
            db.query(Owner.class).count()
            """;
    static final List<String> PRINTED = List.of(
            "\"[Owner id = 1, lastName = 'Franklin', firstName = 'George', city = 'Madison']\"", "2020-09-07", "1");
    static final String REFUSED = "s.jsh:16: error: Commit failed: Owner.telephone: Telephone must be a 10-digit number."
            + " The transaction was rolled back and a new session started; changes since the last commit are gone.";

    @TempDir
    Path dir;

    private Result session(Map<String, String> environment, String... options) throws IOException {
        Files.writeString(dir.resolve("s.jsh"), SESSION);
        List<String> arguments = new java.util.ArrayList<>(List.of("run", "--keep-going", "s.jsh", "--project",
                SampleProjects.built("clinic").toString()));
        arguments.addAll(List.of(options));
        return ShellProcess.run(dir, "", environment, arguments.toArray(String[]::new));
    }

    private static String script(String database, String file) throws IOException {
        return Files.readString(SampleProjects.built("clinic").resolve("src/main/resources/db/" + database + "/" + file));
    }

    private static void assertSessionRan(Result result) {
        assertEquals(PRINTED, result.outLines(), result.all());
        assertEquals(REFUSED, result.err().strip());
        assertEquals(1, result.exitCode());
    }

    @ParameterizedTest
    @EnumSource(Server.class)
    void theProfilesDatabaseFromPlaceholdersHoldsWhatTheSessionWrote(Server server) throws IOException {
        try (ServerDatabases database = ServerDatabases.create(server)) {
            boolean postgres = server == Server.POSTGRESQL;
            String folder = postgres ? "postgres" : "mysql";
            database.query(script(folder, "schema.sql"));
            database.query(script(folder, "data.sql"));
            String prefix = postgres ? "POSTGRES_" : "MYSQL_";
            String jdbc = (postgres ? "jdbc:postgresql://127.0.0.1:" : "jdbc:mysql://127.0.0.1:") + server.port + "/" + database.name;
            // MariaDB's root has no password: the profile's ${MYSQL_PASS:clinic} must give way to an empty one.
            assertSessionRan(session(Map.of(prefix + "URL", jdbc, prefix + "USER", server.adminUser, prefix + "PASS", ""),
                    "--profile", folder));
            assertEquals("George|Franklin|6085551023", database.query("select first_name, last_name, telephone from owners"));
            assertEquals("Leo|2020-09-07|cat", database.query(
                    "select p.name, p.birth_date, t.name from pets p join types t on t.id = p.type_id"));
            assertEquals("Carter|surgery", database.query("select v.last_name, s.name from vets v"
                    + " join vets_specialties vs on vs.vet_id = v.id join specialties s on s.id = vs.specialties_id"));
        }
    }

    @Test
    void theSessionOnSqliteWithTheSchemaWrittenByHand() throws IOException {
        Path file = dir.resolve("clinic.sqlite");
        ShellProcess.sqlite3(file, script("sqlite", "schema.sql") + script("sqlite", "data.sql"));
        assertSessionRan(session(Map.of(), "--url", "sqlite:///clinic.sqlite"));
        assertEquals("George|Franklin|6085551023", ShellProcess.sqlite3(file, "select first_name, last_name, telephone from owners"));
        assertEquals("Leo|1", ShellProcess.sqlite3(file, "select name, owner_id from pets"));
        assertEquals("1|2", ShellProcess.sqlite3(file, "select vet_id, specialties_id from vets_specialties"));
    }

    @Test
    void anEnvironmentVariableInSpringsFormWinsOverTheProfile() throws IOException {
        Path file = dir.resolve("env.sqlite");
        ShellProcess.sqlite3(file, script("sqlite", "schema.sql"));
        Files.writeString(dir.resolve("s.jsh"), "db\nsession.createQuery(\"select count(o) from Owner o\", Long.class).getSingleResult()\n");
        Result result = ShellProcess.run(dir, "", Map.of("SPRING_DATASOURCE_URL", "jdbc:sqlite:" + file), "run", "s.jsh",
                "--project", SampleProjects.built("clinic").toString(), "--profile", "postgres");
        assertEquals(0, result.exitCode(), result.all());
        assertEquals(List.of("<Db jdbc:sqlite:" + file + " as clinic>", "0"), result.outLines());
    }

    @Test
    void aProfileWithoutPropertiesIsOneLineAndNothingRuns() {
        Result result = ShellProcess.run(dir, "db.createAll();\n", "--project", SampleProjects.built("clinic").toString(),
                "--profile", "prod");
        assertEquals(1, result.exitCode());
        assertEquals("error: --profile prod: the project has no application-prod.properties or application-prod.yml"
                + " (its profiles: mysql, postgres)", result.err().strip());
        assertTrue(result.out().isEmpty(), result.out());
    }
}
