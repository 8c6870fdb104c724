package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.testmodel.Address;
import dev.ormshell.testmodel.Owner;
import dev.ormshell.testmodel.Payment;
import dev.ormshell.testmodel.Pet;
import dev.ormshell.testmodel.Vet;
import dev.ormshell.testmodel.Visit;
import dev.ormshell.testsupport.ClinicDatabase;
import dev.ormshell.testsupport.TestDatabase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.nio.file.Path;
import java.util.List;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityTextTest {

    @TempDir
    Path folder;
    ClinicDatabase clinic;
    EntityText text;

    @BeforeEach
    void open() {
        clinic = new ClinicDatabase(TestDatabase.Kind.SQLITE, folder).withRows();
        text = new EntityText(clinic.db.sessionFactory());
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    @Test
    void anEntityPrintsWithItsOwnToStringDeclaredOrInherited() {
        assertEquals("Vet Helen Leary (radiology, surgery)", text.of(clinic.helen));
        assertEquals("cat", text.of(clinic.cat), "PetType inherits NamedEntity's toString()");
    }

    @Test
    void withoutOneItPrintsAsItsEntityNameAndId() {
        assertEquals("<Owner 1>", text.of(clinic.george));
        assertEquals("<Owner (no id yet)>", text.of(new Owner("New", "Owner", null, null)));
        assertEquals("<Country 'NL'>", text.of(clinic.netherlands));
        assertEquals("<Visit " + clinic.visit.getId() + ">", text.of(clinic.visit));
        assertEquals("<Medicine " + clinic.aspirin.getId() + ">", text.of(clinic.aspirin));
        assertEquals(List.of("<CardPayment 1>", "<CashPayment 2>"),
                clinic.db.query(Payment.class).orderBy("id").all().stream().map(text::of).toList());
    }

    @Test
    void anEmbeddableWithoutToStringPrintsItsAttributesAsARecordDoes() {
        assertEquals("Address[street=110 W. Liberty St., city=Madison]", text.of(clinic.george.getAddress()));
        assertEquals("Address[street=null, city=Springfield]", text.of(new Address(null, "Springfield")));
    }

    @Test
    void otherValuesAreLeftToTheRenderer() {
        assertNull(text.of("Leo"));
        assertNull(text.of(42));
        assertNull(text.of(List.of(clinic.george)), "a list prints item by item");
        assertEquals("<Pagination page 1 of 2, 2 of 3 items: [Basil, Leo]>",
                text.of(clinic.db.query(Pet.class).orderBy("name").paginate(1, 2)));
    }

    @Test
    void aToStringThatNeedsAClosedSessionFallsBackToTheShellsForm() {
        clinic.db.session.close();
        Vet detached = clinic.db.query(Vet.class).first();
        clinic.db.session.close();
        assertFalse(Hibernate.isInitialized(detached.getSpecialties()));
        assertEquals("<Vet " + clinic.helen.getId() + ">", text.of(detached));
        assertEquals("<Vet.specialties: not loaded, its object is detached>", text.of(detached.getSpecialties()));
    }

    @Test
    void aLazyManyToOneIsLoadedToPrintItButNotInATableCell() {
        clinic.db.session.close();
        Pet basil = clinic.db.query(Pet.class).filterBy("name", "Basil").first();
        Object owner = basil.getOwner();
        assertFalse(Hibernate.isInitialized(owner), "the application maps it lazy, and so does the shell");
        assertEquals("<Owner 2>", text.cell(owner));
        assertFalse(Hibernate.isInitialized(owner), "a table of pets runs no query per row for its owners");
        assertEquals("<Owner 2>", text.of(owner));
        assertTrue(Hibernate.isInitialized(owner));
        Pet leo = clinic.db.query(Pet.class).filterBy("name", "Leo").first();
        clinic.db.session.close();
        assertEquals("<PetType 1>", text.of(leo.getType()), "an uninitialised proxy of a closed session");
    }

    @Test
    void aToStringThatFailsOtherwiseSaysWhy() {
        try (Database database = Database.open(DatabaseUrl.parse("sqlite:///" + folder.resolve("odd.sqlite")),
                List.of(Loop.class, Broken.class))) {
            EntityText odd = new EntityText(database.sessionFactory());
            assertEquals("<Loop 7> (its toString() calls itself without end)", odd.of(new Loop(7)));
            assertEquals("<Broken 8> (its toString() failed: IllegalStateException: no name yet)", odd.of(new Broken(8)));
        }
    }

    @Entity
    static class Loop {
        @Id
        Integer id;

        Loop() {
        }

        Loop(Integer id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return "Loop " + this;
        }
    }

    @Entity
    static class Broken {
        @Id
        Integer id;

        Broken() {
        }

        Broken(Integer id) {
            this.id = id;
        }

        @Override
        public String toString() {
            throw new IllegalStateException("no name yet");
        }
    }
}
