package dev.ormshell.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A country keyed by its code: a String id the application assigns; its name is unique. */
@Entity
@Table(name = "countries")
public class Country {

    @Id
    private String code;

    @Column(unique = true)
    private String name;

    protected Country() {
    }

    public Country(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
