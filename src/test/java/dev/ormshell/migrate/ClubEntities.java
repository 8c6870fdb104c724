package dev.ormshell.migrate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * A test-only model whose child rows go with their parent ({@code ON DELETE CASCADE}); version
 * 2 widens the parent's name, which SQLite can only do by rebuilding the parent table.
 */
final class ClubEntities {

    static final List<Class<?>> V1 = List.of(ClubV1.class, PlayerV1.class);
    static final List<Class<?>> WIDER_NAME = List.of(ClubWide.class, PlayerWide.class);

    /** Version 1 as a hand-written migration (the model could not say ON DELETE CASCADE then). */
    static final String V1_SQL = """
            CREATE TABLE clubs (
                id INTEGER NOT NULL${identity},
                name VARCHAR(64),
                PRIMARY KEY (id),
                UNIQUE (name)
            );
            CREATE TABLE players (
                id INTEGER NOT NULL${identity},
                name VARCHAR(64),
                club_id INTEGER,
                PRIMARY KEY (id),
                CONSTRAINT fk_players_club_id_clubs FOREIGN KEY(club_id) REFERENCES clubs (id) ON DELETE CASCADE
            );
            """;
    static final String V1_UNDO = "DROP TABLE players;\nDROP TABLE clubs;\n";

    private ClubEntities() {
    }

    @Entity(name = "ClubV1")
    @Table(name = "clubs")
    static class ClubV1 {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(length = 64, unique = true)
        String name;
    }

    @Entity(name = "PlayerV1")
    @Table(name = "players")
    static class PlayerV1 {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(length = 64)
        String name;

        @ManyToOne
        @JoinColumn(name = "club_id")
        @OnDelete(action = OnDeleteAction.CASCADE)
        ClubV1 club;
    }

    @Entity(name = "ClubWide")
    @Table(name = "clubs")
    static class ClubWide {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(length = 80, unique = true)
        String name;
    }

    @Entity(name = "PlayerWide")
    @Table(name = "players")
    static class PlayerWide {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(length = 64)
        String name;

        @ManyToOne
        @JoinColumn(name = "club_id")
        @OnDelete(action = OnDeleteAction.CASCADE)
        ClubWide club;
    }
}
