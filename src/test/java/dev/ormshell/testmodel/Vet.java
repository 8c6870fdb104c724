package dev.ormshell.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A vet: a many-to-many join table, and a toString() of its own that reads the lazy collection. */
@Entity
@Table(name = "vets")
public class Vet extends Person {

    @ManyToMany
    @JoinTable(name = "vet_specialties", joinColumns = @JoinColumn(name = "vet_id"),
            inverseJoinColumns = @JoinColumn(name = "specialty_id"))
    private Set<Specialty> specialties = new LinkedHashSet<>();

    protected Vet() {
    }

    public Vet(String firstName, String lastName, Specialty... specialties) {
        super(firstName, lastName);
        this.specialties.addAll(Set.of(specialties));
    }

    public Set<Specialty> getSpecialties() {
        return specialties;
    }

    @Override
    public String toString() {
        return "Vet " + getFirstName() + " " + getLastName() + " ("
                + specialties.stream().map(Specialty::getName).sorted().collect(Collectors.joining(", ")) + ")";
    }
}
