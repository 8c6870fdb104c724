package org.example.league.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.example.league.model.Team;

/** A player, in the application module, which depends on the model module. */
@Entity
public class Player {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    @ManyToOne
    private Team team;

    protected Player() {
    }

    public Player(String name, Team team) {
        this.name = name;
        this.team = team;
    }

    @Override
    public String toString() {
        return "Player[" + name + "]";
    }
}
