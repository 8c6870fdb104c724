package dev.ormshell.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A visit, keyed by a UUID the application generates (and in a join table by it); no toString() of its own. */
@Entity
@Table(name = "visits", indexes = @Index(name = "ix_visits_pet_id_date", columnList = "pet_id, date"))
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    private LocalDate date;

    private String description;

    @ManyToOne
    private Pet pet;

    @ManyToMany
    @JoinTable(name = "visit_medicines")
    private List<Medicine> medicines = new ArrayList<>();

    protected Visit() {
    }

    public Visit(LocalDate date, String description, Pet pet) {
        this.date = date;
        this.description = description;
        this.pet = pet;
    }

    public UUID getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    public Pet getPet() {
        return pet;
    }

    public List<Medicine> getMedicines() {
        return medicines;
    }
}
