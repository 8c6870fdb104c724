package dev.ormshell.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A vet's specialty. */
@Entity
@Table(name = "specialties")
public class Specialty extends NamedEntity {

    protected Specialty() {
    }

    public Specialty(String name) {
        setName(name);
    }
}
