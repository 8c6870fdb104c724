package dev.ormshell.testsupport;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.orm.Database;
import dev.ormshell.orm.Db;
import dev.ormshell.testmodel.Address;
import dev.ormshell.testmodel.CardPayment;
import dev.ormshell.testmodel.CashPayment;
import dev.ormshell.testmodel.Clinic;
import dev.ormshell.testmodel.Country;
import dev.ormshell.testmodel.Medicine;
import dev.ormshell.testmodel.Owner;
import dev.ormshell.testmodel.Pet;
import dev.ormshell.testmodel.PetType;
import dev.ormshell.testmodel.Sex;
import dev.ormshell.testmodel.Specialty;
import dev.ormshell.testmodel.Vet;
import dev.ormshell.testmodel.Visit;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The clinic test model (dev.ormshell.testmodel) opened in-process on a database of its own —
 * SQLite, PostgreSQL or MariaDB — with its tables created, for facade tests on a model that is
 * not the chapter's.
 */
public final class ClinicDatabase implements AutoCloseable {

    public final TestDatabase database;
    public final Db db;
    public PetType cat;
    public PetType dog;
    public Specialty surgery;
    public Specialty radiology;
    public Owner george;
    public Owner betty;
    public Pet leo;
    public Pet basil;
    public Pet rosy;
    public Vet helen;
    public Visit visit;
    public Country netherlands;
    public Medicine aspirin;

    public ClinicDatabase(TestDatabase.Kind kind, Path folder) {
        database = TestDatabase.create(kind, folder);
        try {
            db = new Db(Database.open(DatabaseUrl.parse(database.url()), Clinic.ENTITIES));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        Db.use(db);
        db.createAll();
    }

    /** Two owners with three pets, a vet with two specialties, a visit with a medicine, a country, two payments. */
    public ClinicDatabase withRows() {
        cat = new PetType("cat");
        dog = new PetType("dog");
        surgery = new Specialty("surgery");
        radiology = new Specialty("radiology");
        george = new Owner("George", "Franklin", new Address("110 W. Liberty St.", "Madison"), "6085551023");
        betty = new Owner("Betty", "Davis", new Address("638 Cardinal Ave.", "Sun Prairie"), "6085551749");
        leo = new Pet("Leo", LocalDate.of(2010, 9, 7), Sex.Male, cat, george);
        basil = new Pet("Basil", LocalDate.of(2012, 8, 6), Sex.Male, dog, betty);
        rosy = new Pet("Rosy", LocalDate.of(2011, 4, 17), Sex.Female, dog, betty);
        helen = new Vet("Helen", "Leary", radiology, surgery);
        visit = new Visit(LocalDate.of(2013, 1, 1), "rabies shot", leo);
        netherlands = new Country("NL", "Netherlands");
        aspirin = new Medicine("aspirin");
        visit.getMedicines().add(aspirin);
        db.session.addAll(cat, dog, surgery, radiology, george, betty, leo, basil, rosy, helen, visit, netherlands, aspirin,
                new CardPayment(new BigDecimal("12.50"), george, "4242"), new CashPayment(new BigDecimal("7.00"), betty));
        db.session.commit();
        return this;
    }

    @Override
    public void close() {
        try {
            db.session.close();
            db.database().close();
        } finally {
            database.close();
        }
    }
}
