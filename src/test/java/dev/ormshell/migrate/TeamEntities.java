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

/**
 * A test-only model in two versions: version 2 gives the parent table {@code teams} a new
 * unique column, which SQLite can only add by rebuilding a table other rows point at.
 */
final class TeamEntities {

    static final List<Class<?>> V1 = List.of(TeamV1.class, MemberV1.class);
    static final List<Class<?>> V2 = List.of(TeamV2.class, MemberV2.class);

    private TeamEntities() {
    }

    @Entity(name = "TeamV1")
    @Table(name = "teams")
    static class TeamV1 {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(length = 64, unique = true)
        String name;
    }

    @Entity(name = "MemberV1")
    @Table(name = "members")
    static class MemberV1 {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(length = 64)
        String name;

        @ManyToOne
        @JoinColumn(name = "team_id")
        TeamV1 team;
    }

    @Entity(name = "TeamV2")
    @Table(name = "teams")
    static class TeamV2 {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(length = 64, unique = true)
        String name;

        @Column(length = 16, unique = true)
        String code;
    }

    @Entity(name = "MemberV2")
    @Table(name = "members")
    static class MemberV2 {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(length = 64)
        String name;

        @Column(length = 120)
        String email;

        @ManyToOne
        @JoinColumn(name = "team_id")
        TeamV2 team;
    }
}
