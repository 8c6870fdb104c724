package dev.ormshell.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A kind of pet; prints with the toString() it inherits from NamedEntity. */
@Entity
@Table(name = "types")
public class PetType extends NamedEntity {

    protected PetType() {
    }

    public PetType(String name) {
        setName(name);
    }
}
