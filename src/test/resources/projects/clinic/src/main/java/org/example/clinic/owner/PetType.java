package org.example.clinic.owner;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.example.clinic.model.NamedEntity;

@Entity
@Table(name = "types")
public class PetType extends NamedEntity {
}
