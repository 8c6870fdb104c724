package org.example.clinic.model;

import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;

/** firstName and lastName are columns first_name and last_name, by Spring Boot's naming. */
@MappedSuperclass
public class Person extends BaseEntity {

    @NotBlank
    private String firstName;

    @NotBlank
    private String lastName;

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }
}
