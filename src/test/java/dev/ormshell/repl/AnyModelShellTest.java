package dev.ormshell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ClinicDatabase;
import dev.ormshell.testsupport.InProcessShell;
import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shell's loop on the clinic test model: what it prints, its schema commands, and the queries printing runs. */
class AnyModelShellTest {

    @TempDir
    Path folder;

    private static String run(ClinicDatabase clinic, String... lines) {
        return InProcessShell.run(clinic.db, clinic.work, "import dev.ormshell.testmodel.*;\n" + String.join("\n", lines) + "\n");
    }

    @Test
    void valuesPrintAsTheModelWantsAndNeverFail() {
        try (ClinicDatabase clinic = new ClinicDatabase(TestDatabase.Kind.SQLITE, folder).withRows()) {
            String printed = run(clinic,
                    "db.query(Owner.class).all()",
                    "db.session.query(Vet.class).first()",
                    "db.query(PetType.class).orderBy(\"name\").all()",
                    "db.query(Country.class).get(\"NL\")",
                    "db.query(Owner.class).get(1).getAddress()",
                    "new Owner(\"Jean\", \"Coleman\", null, null)",
                    "db.query(Payment.class).orderBy(\"id\").all()",
                    "db.session.close();",
                    "Vet helen = db.query(Vet.class).first();",
                    "db.session.close();",
                    "helen",
                    "helen.getSpecialties()",
                    "/vars");
            assertEquals(List.of(
                    "[<Owner 1>, <Owner 2>]",
                    "Vet Helen Leary (radiology, surgery)",
                    "[cat, dog]",
                    "<Country 'NL'>",
                    "Address[street=110 W. Liberty St., city=Madison]",
                    "<Owner (no id yet)>",
                    "[<CardPayment 1>, <CashPayment 2>]",
                    "<Vet 3>",
                    "<Vet.specialties: not loaded, its object is detached>"), printed.lines().limit(9).toList());
            assertTrue(printed.contains("  Vet helen = <Vet 3>\n"), printed);
            assertFalse(printed.contains("Exception"), printed);
        }
    }

    @Test
    void theChaptersStaticQueryOnAProjectsEntityNamesTheWayThatWorks() {
        try (ClinicDatabase clinic = new ClinicDatabase(TestDatabase.Kind.SQLITE, folder).withRows()) {
            String printed = run(clinic, "Owner.query.all()", "db.query(Owner.class).count()");
            assertTrue(printed.contains("error: cannot find symbol; symbol: variable query (column 1); an entity of a project is"
                    + " queried with db.query(Owner.class)"), printed);
            assertTrue(printed.contains("\n2\n"), printed);
        }
    }

    @Test
    void aDeclarationRunsNoQueryToPrintWhatItDoesNotPrint() {
        try (ClinicDatabase clinic = new ClinicDatabase(TestDatabase.Kind.SQLITE, folder).withRows()) {
            String printed = run(clinic,
                    "db.session.close();",
                    "/echo on",
                    "List<Vet> vets = db.query(Vet.class).all();",
                    "List<Pet> pets = db.query(Pet.class).orderBy(\"name\").all();",
                    "pets.get(0).getOwner()");
            List<String> selects = printed.lines().filter(line -> line.startsWith("select")).toList();
            assertEquals(3, selects.size(), printed);
            assertTrue(selects.get(0).contains(" from vets "), "no select of the vets' specialties: " + printed);
            assertTrue(selects.get(1).contains(" from pets "), "no select of each pet's owner or type: " + printed);
            assertTrue(selects.get(2).contains(" from owners "), "Basil's owner, once it is printed: " + printed);
            assertTrue(printed.strip().endsWith("<Owner 2>"), printed);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void schemaCommandsAndTablesOfEntities(TestDatabase.Kind kind) {
        try (ClinicDatabase clinic = new ClinicDatabase(kind, folder).withRows()) {
            String printed = run(clinic,
                    "/tables",
                    "/schema vet_specialties",
                    "/schema visit_medicines",
                    "/schema visits",
                    "/schema countries",
                    "/table db.query(Payment.class).orderBy(\"id\").all()",
                    "/hql select p.name, p.owner from Pet p order by p.name",
                    "/table db.query(Owner.class).orderBy(\"id\").all()");
            String tables = String.join("\n", "countries", "medicines") + "\n"
                    + (kind == TestDatabase.Kind.SQLITE ? "medicines_SEQ\n" : "")
                    + String.join("\n", "owners", "payments", "people", "pets", "specialties", "types", "vet_specialties",
                    "vets", "visit_medicines", "visits") + "\n";
            assertTrue(printed.startsWith(tables), printed);
            assertTrue(printed.contains("vet_id       | " + bigint(kind) + " | no       | primary key\n"), printed);
            assertTrue(printed.contains("foreign key fk_vet_specialties_vet_id_vets (vet_id) references vets (id)\n"), printed);
            assertTrue(printed.contains("foreign key fk_vet_specialties_specialty_id_specialties (specialty_id)"
                    + " references specialties (id)\n"), printed);
            assertTrue(printed.toLowerCase().contains("foreign key fk_visit_medicines_visit_id_visits (visit_id) references visits (id)\n"),
                    "a join table keyed by a UUID: " + printed);
            assertTrue(printed.contains("index ix_visits_pet_id_date on pet_id, date\n"), printed);
            assertTrue(printed.lines().anyMatch(line -> line.matches("index \\w+ \\(unique\\) on name")),
                    "countries.name is unique: " + printed);
            assertTrue(printed.contains(String.join("\n",
                    "id | amount | payer",
                    "---+--------+----------",
                    " 1 |  12.50 | <Owner 1>",
                    " 2 |   7.00 | <Owner 2>",
                    "(2 rows)")), "a SINGLE_TABLE hierarchy in one table: " + printed);
            assertTrue(printed.contains(String.join("\n",
                    "p.name | p.owner",
                    "-------+----------",
                    "Basil  | <Owner 2>",
                    "Leo    | <Owner 1>")), printed);
            assertTrue(printed.contains(" 1 | George    | Franklin | Address[street=110 W. Liberty St., city=Madison]"), printed);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void echoShowsTheValuesBoundForAnyAttributeType(TestDatabase.Kind kind) {
        try (ClinicDatabase clinic = new ClinicDatabase(kind, folder).withRows()) {
            String visit = clinic.visit.getId().toString();
            String printed = run(clinic,
                    "db.session.close();",
                    "/echo on",
                    "db.query(Visit.class).get(\"" + visit + "\")",
                    "db.query(Pet.class).filterBy(\"sex\", \"Female\").filterBy(\"birthDate\", \"2011-04-17\").all()");
            String uuid = kind == TestDatabase.Kind.SQLITE ? "x'" + visit.replace("-", "") + "'" : "'" + visit + "'";
            assertTrue(printed.contains("[parameters: (" + uuid + ")]\n<Visit " + visit + ">\n"), printed);
            assertTrue(printed.contains("where (p1_0.sex=?) and (p1_0.birth_date=?)\n[parameters: ('Female', '2011-04-17')]\n[Rosy]"),
                    printed);
        }
    }

    private static String bigint(TestDatabase.Kind kind) {
        return switch (kind) {
            case SQLITE -> "BIGINT";
            case POSTGRESQL -> "int8";
            case MARIADB -> "BIGINT";
        };
    }
}
