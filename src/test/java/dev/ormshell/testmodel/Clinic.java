package dev.ormshell.testmodel;

import java.util.List;

/**
 * A test model shaped like the applications users bring (Spring's PetClinic and kin): a
 * {@code @MappedSuperclass} hierarchy, JOINED and SINGLE_TABLE inheritance, an embeddable, an
 * enum, a many-to-many, lazy many-to-ones, and Long, Integer, UUID and String ids.
 */
public final class Clinic {

    public static final List<Class<?>> ENTITIES = List.of(Person.class, Owner.class, Vet.class, PetType.class,
            Pet.class, Specialty.class, Visit.class, Country.class, Medicine.class, Payment.class,
            CardPayment.class, CashPayment.class);

    private Clinic() {
    }
}
