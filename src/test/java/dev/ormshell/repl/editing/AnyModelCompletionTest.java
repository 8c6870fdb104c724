package dev.ormshell.repl.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ClinicDatabase;
import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Completion of attribute names on the clinic test model: inherited, embedded and through associations. */
class AnyModelCompletionTest {

    private static Path dir;
    private static ClinicDatabase clinic;
    private static CompletingShell shell;

    @BeforeAll
    static void openShell() throws Exception {
        dir = Files.createTempDirectory("completer");
        clinic = new ClinicDatabase(TestDatabase.Kind.SQLITE, dir);
        shell = new CompletingShell(clinic.db);
        shell.evaluator.evaluate("import dev.ormshell.testmodel.*;");
        shell.evaluator.evaluate("var owners = db.query(Owner.class);");
    }

    @AfterAll
    static void close() throws Exception {
        shell.close();
        clinic.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void attributesOfTheQueriedEntityIncludingInheritedOnes() {
        List<String> all = shell.complete("db.query(Owner.class).filterBy(\"");
        assertTrue(all.containsAll(List.of("db.query(Owner.class).filterBy(\"id", "db.query(Owner.class).filterBy(\"firstName",
                "db.query(Owner.class).filterBy(\"address", "db.query(Owner.class).filterBy(\"pets")), all.toString());
        assertFalse(all.contains("db.query(Owner.class).filterBy(\"specialties"), "a vet's, not an owner's: " + all);
        assertEquals(List.of("db.session.query(Owner.class).orderBy(\"lastName"),
                shell.complete("db.session.query(Owner.class).orderBy(\"la"));
        assertEquals(List.of("owners.filterBy(\"telephone"), shell.complete("owners.filterBy(\"tel"));
    }

    @Test
    void pathsThroughEmbeddablesAndAssociations() {
        assertEquals(List.of("db.query(Owner.class).filterBy(\"address.city", "db.query(Owner.class).filterBy(\"address.street"),
                shell.complete("db.query(Owner.class).filterBy(\"address."));
        assertEquals(List.of("db.query(Pet.class).orderBy(\"type.name"), shell.complete("db.query(Pet.class).orderBy(\"type.na"));
        assertEquals(List.of("db.query(Pet.class).filterBy(\"owner.address.city"),
                shell.complete("db.query(Pet.class).filterBy(\"owner.address.ci"));
        assertEquals(List.of("db.query(Visit.class).filterBy(\"medicines.name"),
                shell.complete("db.query(Visit.class).filterBy(\"medicines.na"));
    }

    @Test
    void tablesAndEntitiesOfTheModel() {
        assertEquals(List.of("/schema vet_specialties"), shell.complete("/schema vet_"));
        assertTrue(shell.complete("/hql from Pe").containsAll(List.of("/hql from Person", "/hql from Pet", "/hql from PetType")));
        assertTrue(shell.complete("/sql select * from visit").contains("/sql select * from visit_medicines"));
    }
}
