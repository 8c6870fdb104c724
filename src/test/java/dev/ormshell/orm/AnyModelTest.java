package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testmodel.CardPayment;
import dev.ormshell.testmodel.Country;
import dev.ormshell.testmodel.Medicine;
import dev.ormshell.testmodel.Owner;
import dev.ormshell.testmodel.Payment;
import dev.ormshell.testmodel.Person;
import dev.ormshell.testmodel.Pet;
import dev.ormshell.testmodel.Sex;
import dev.ormshell.testmodel.Vet;
import dev.ormshell.testmodel.Visit;
import dev.ormshell.testsupport.ClinicDatabase;
import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The chapter's API on a model that is not the chapter's (dev.ormshell.testmodel: a mapped
 * superclass, JOINED and SINGLE_TABLE inheritance, an embeddable, an enum, a many-to-many, Long,
 * Integer, UUID and String ids) on SQLite, PostgreSQL and MariaDB, read back with their own clients.
 */
class AnyModelTest {

    @TempDir
    Path folder;

    private static List<String> names(List<? extends Object> rows) {
        return rows.stream().map(row -> row instanceof Pet pet ? pet.getName() : ((Person) row).getFirstName()).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void createAllMakesEveryTableAndSequenceAndDropAllTakesThemAway(TestDatabase.Kind kind) {
        try (ClinicDatabase clinic = new ClinicDatabase(kind, folder)) {
            List<String> tables = List.of("countries", "medicines", "owners", "payments", "people", "pets",
                    "specialties", "types", "vet_specialties", "vets", "visit_medicines", "visits");
            List<String> created = clinic.database.tables().stream().map(String::toLowerCase).sorted().toList();
            // SQLite has no sequences: Hibernate keeps the @GeneratedValue ids' next value in a table.
            assertEquals(kind == TestDatabase.Kind.SQLITE ? withSequenceTable(tables) : tables, created,
                    "no table of Hibernate's own (HT_…, HTE_…) in the database");
            assertEquals(kind == TestDatabase.Kind.SQLITE ? List.of() : List.of("medicines_seq"),
                    clinic.database.sequences().stream().map(String::toLowerCase).toList());
            clinic.db.createAll();
            assertEquals(created.size(), clinic.database.tables().size(), "a second createAll() changes nothing");
            clinic.db.dropAll();
            assertEquals(List.of(), clinic.database.tables());
            assertEquals(List.of(), clinic.database.sequences());
        }
    }

    private static List<String> withSequenceTable(List<String> tables) {
        List<String> all = new java.util.ArrayList<>(tables);
        all.add("medicines_seq");
        return all.stream().sorted().toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void whatTheShellWroteIsWhatAnotherClientReads(TestDatabase.Kind kind) {
        try (ClinicDatabase clinic = new ClinicDatabase(kind, folder).withRows()) {
            TestDatabase database = clinic.database;
            assertEquals(List.of("1|George|Franklin|110 W. Liberty St.|Madison"), database.query(
                    "select p.id, p.firstName, p.lastName, o.street, o.city from people p join owners o on o.id = p.id"
                            + " where o.city = 'Madison'"));
            assertEquals(List.of("Basil|Male|dog", "Leo|Male|cat", "Rosy|Female|dog"), database.query(
                    "select p.name, p.sex, t.name from pets p join types t on t.id = p.type_id order by p.name"));
            assertEquals(List.of("Helen|radiology", "Helen|surgery"), database.query(
                    "select p.firstName, s.name from vet_specialties vs join people p on p.id = vs.vet_id"
                            + " join specialties s on s.id = vs.specialty_id order by s.name"));
            assertEquals(List.of(clinic.visit.getId() + "|rabies shot"), database.query(
                    kind == TestDatabase.Kind.SQLITE ? "select lower(hex(id)), description from visits"
                            : "select id, description from visits").stream()
                    .map(row -> kind == TestDatabase.Kind.SQLITE ? asUuid(row) : row).toList());
            assertEquals(List.of("rabies shot|aspirin"), database.query("select v.description, m.name from visit_medicines vm"
                    + " join visits v on v.id = vm.Visit_id join medicines m on m.id = vm.medicines_id"));
            assertEquals(List.of("NL|Netherlands"), database.query("select code, name from countries"));
            assertEquals(List.of(clinic.aspirin.getId() + "|aspirin"), database.query("select id, name from medicines"));
            assertEquals(List.of("card|1250|4242", "cash|700|-"), database.query(
                    "select kind, cast(amount * 100 as integer), coalesce(lastDigits, '-') from payments order by kind"
                            .replace("integer", kind == TestDatabase.Kind.MARIADB ? "signed" : "integer")));
        }
    }

    // sqlite3 shows a UUID stored as 16 bytes in hex; written the usual way for comparison.
    private static String asUuid(String row) {
        String hex = row.substring(0, 32);
        return hex.replaceFirst("(\\w{8})(\\w{4})(\\w{4})(\\w{4})(\\w{12})", "$1-$2-$3-$4-$5") + row.substring(32);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void queriesWalkPathsInheritedAttributesEmbeddablesAndEnums(TestDatabase.Kind kind) {
        try (ClinicDatabase clinic = new ClinicDatabase(kind, folder).withRows()) {
            Db db = clinic.db;
            assertEquals(List.of("Basil", "Rosy"), names(db.query(Pet.class).filterBy("type.name", "dog").orderBy("name").all()));
            assertEquals(List.of("George"), names(db.session.query(Owner.class).filterBy("address.city", "Madison").all()));
            assertEquals(List.of("Leo"), names(db.query(Pet.class).filterBy("owner.address.city", "Madison").all()));
            assertEquals(List.of("Betty"), names(db.query(Owner.class).filterBy("lastName", "Davis").all()),
                    "an attribute of the JOINED parent");
            assertEquals(List.of("George"), names(db.query(Owner.class).filterBy("id", 1).all()),
                    "the id of the mapped superclass, given as an int");
            assertEquals(List.of("Rosy"), names(db.query(Pet.class).filterBy("sex", Sex.Female).all()));
            assertEquals(List.of("Rosy"), names(db.query(Pet.class).filterBy("sex", "Female").all()), "an enum by its name");
            assertEquals(List.of("Basil", "Rosy"), names(db.query(Pet.class).filter("owner.lastName = ?1", "Davis")
                    .orderBy("birthDate desc").all()));
            assertEquals(List.of("Leo", "Rosy"), names(db.query(Pet.class).orderBy("name").offset(1).limit(2).all()));
            assertEquals("Basil", db.query(Pet.class).orderBy("name").first().getName());
            assertThrows(NotFoundException.class, () -> db.query(Pet.class).filterBy("name", "Garfield").firstOr404());
            assertEquals(3, db.query(Pet.class).count());
            assertEquals(2, db.query(Pet.class).filterBy("owner", clinic.betty).count());
            Pagination<Pet> page = db.query(Pet.class).orderBy("name").paginate(2, 2);
            assertEquals(List.of("Rosy"), names(page.items()));
            assertEquals(3, page.total());
            assertTrue(page.hasPrev() && !page.hasNext());
            assertEquals(2, db.query(Payment.class).count(), "a SINGLE_TABLE root queries every kind");
            assertEquals(1, db.query(CardPayment.class).count());
            assertEquals(2, db.query(Person.class).filter("type(this) = Owner").count(), "a JOINED root");
            String sql = db.query(Owner.class).filterBy("address.city", "Madison").toString();
            assertTrue(sql.matches("select .* from owners \\w+ join people .* where \\(\\w+\\.city=\\?\\)"), sql);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void getTakesWhatUsersTypeForEveryIdType(TestDatabase.Kind kind) {
        try (ClinicDatabase clinic = new ClinicDatabase(kind, folder).withRows()) {
            Db db = clinic.db;
            assertEquals("George", db.query(Owner.class).get(1).getFirstName(), "an int for a Long id");
            assertEquals("George", db.query(Owner.class).getOr404(1L).getFirstName());
            assertEquals("Helen", db.query(Vet.class).get(clinic.helen.getId()).getFirstName());
            assertNull(db.query(Vet.class).get(1), "id 1 is an owner, not a vet");
            UUID visit = clinic.visit.getId();
            assertEquals("rabies shot", db.query(Visit.class).get(visit).getDescription());
            assertEquals("rabies shot", db.query(Visit.class).get(visit.toString()).getDescription(), "a UUID as text");
            assertEquals("rabies shot", db.query(Visit.class).filterBy("id", visit.toString().toUpperCase()).first().getDescription());
            ShellDatabaseException notUuid = assertThrows(ShellDatabaseException.class, () -> db.query(Visit.class).get("12"));
            assertEquals("Visit's id is a UUID; \"12\" is not one (write it as 8-4-4-4-12 hex digits, or give a UUID)",
                    notUuid.getMessage());
            assertEquals("Netherlands", db.query(Country.class).get("NL").getName());
            assertNull(db.query(Country.class).get("XX"));
            NotFoundException missing = assertThrows(NotFoundException.class, () -> db.query(Country.class).getOr404("XX"));
            assertEquals("404 Not Found: no Country with id XX", missing.getMessage());
            assertEquals("aspirin", db.query(Medicine.class).get(clinic.aspirin.getId().longValue()).getName(),
                    "a long for an Integer id");
            ShellDatabaseException wrongKind = assertThrows(ShellDatabaseException.class, () -> db.query(Country.class).get(1));
            assertEquals("Country's id is a String, not an Integer (1)", wrongKind.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theChapterSessionOnAnotherModel(TestDatabase.Kind kind) {
        try (ClinicDatabase clinic = new ClinicDatabase(kind, folder).withRows()) {
            Db db = clinic.db;
            Medicine second = new Medicine("ibuprofen");
            Medicine third = new Medicine("codeine");
            db.session.addAll(second, third);
            assertNull(second.getId(), "pending until the flush");
            db.session.commit();
            assertTrue(clinic.aspirin.getId() < second.getId() && second.getId() < third.getId(),
                    clinic.aspirin.getId() + ", " + second.getId() + ", " + third.getId());
            db.session.delete(db.query(Visit.class).first());
            db.session.delete(db.query(Pet.class).filterBy("name", "Leo").first());
            db.session.commit();
            assertEquals(List.of("Basil", "Rosy"), clinic.database.query("select name from pets order by name"));
            Owner george = db.query(Owner.class).get(1);
            george.setLastName("Franklyn");
            db.session.commit();
            assertEquals(List.of("Franklyn"), clinic.database.query("select lastName from people where id = 1"));
            ShellDatabaseException typo = assertThrows(ShellDatabaseException.class,
                    () -> db.query(Owner.class).filterBy("adress.city", "Madison"));
            assertEquals("Owner has no attribute 'adress' (it has: address, firstName, id, lastName, pets, telephone)",
                    typo.getMessage());
        }
    }

    @Test
    void anObjectWithoutAToStringOfItsOwnIsNamedAsPrintedInItsInspectionAndTheFlushPreview() {
        try (ClinicDatabase clinic = new ClinicDatabase(TestDatabase.Kind.SQLITE, folder).withRows()) {
            Visit visit = clinic.db.query(Visit.class).first();
            String printed = "<Visit " + visit.getId() + ">";
            visit.getMedicines().clear();
            Visit another = new Visit(java.time.LocalDate.of(2014, 2, 2), "check-up", clinic.leo);
            clinic.db.session.add(another);
            clinic.db.session.delete(visit);

            assertTrue(clinic.db.inspect(visit).toString().startsWith(printed + "\n"), clinic.db.inspect(visit)::toString);
            List<String> named = FlushPreview.of(clinic.db).stream().map(PendingChange::text).toList();
            assertEquals(List.of("<Visit (no id yet)>", printed), named);
        }
    }
}
