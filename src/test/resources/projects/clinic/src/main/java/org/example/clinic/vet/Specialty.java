package org.example.clinic.vet;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.example.clinic.model.NamedEntity;

@Entity
@Table(name = "specialties")
public class Specialty extends NamedEntity {
}
