package dev.ormshell.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An Integer id from Hibernate's default generator (a sequence where the database has them). */
@Entity
@Table(name = "medicines")
public class Medicine {

    @Id
    @GeneratedValue
    private Integer id;

    private String name;

    protected Medicine() {
    }

    public Medicine(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
