package org.example.league.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A team, in the model module, with its kit's colours in a JSON column. */
@Entity
public class Team {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> colours = new TreeMap<>();

    protected Team() {
    }

    public Team(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public Map<String, String> getColours() {
        return colours;
    }

    @Override
    public String toString() {
        return "Team[" + name + "]";
    }
}
