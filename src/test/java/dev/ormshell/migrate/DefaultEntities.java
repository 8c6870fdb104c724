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
import org.hibernate.annotations.ColumnDefault;

/**
 * Test-only successors of {@link TeamEntities#V1} whose new columns have defaults: a NOT NULL
 * rank (0) and a status ('active'); then a wider name as well (a SQLite rebuild); and a NOT NULL
 * column without a default, which cannot be added to a table with rows.
 */
final class DefaultEntities {

    static final List<Class<?>> WITH_DEFAULTS = List.of(TeamRanked.class, MemberRanked.class);
    static final List<Class<?>> WIDER = List.of(TeamRankedWide.class, MemberRankedWide.class);
    static final List<Class<?>> NO_DEFAULT = List.of(TeamLevel.class, MemberLevel.class);

    private DefaultEntities() {
    }

    @Entity(name = "TeamRanked")
    @Table(name = "teams")
    static class TeamRanked {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(length = 64, unique = true)
        String name;

        @Column(nullable = false)
        @ColumnDefault("0")
        Integer rank;

        @Column(length = 16)
        @ColumnDefault("'active'")
        String status;
    }

    @Entity(name = "MemberRanked")
    @Table(name = "members")
    static class MemberRanked {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(length = 64)
        String name;

        @ManyToOne
        @JoinColumn(name = "team_id")
        TeamRanked team;
    }

    @Entity(name = "TeamRankedWide")
    @Table(name = "teams")
    static class TeamRankedWide {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(length = 80, unique = true)
        String name;

        @Column(nullable = false)
        @ColumnDefault("0")
        Integer rank;

        @Column(length = 16)
        @ColumnDefault("'active'")
        String status;
    }

    @Entity(name = "MemberRankedWide")
    @Table(name = "members")
    static class MemberRankedWide {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(length = 64)
        String name;

        @ManyToOne
        @JoinColumn(name = "team_id")
        TeamRankedWide team;
    }

    @Entity(name = "TeamLevel")
    @Table(name = "teams")
    static class TeamLevel {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(length = 64, unique = true)
        String name;

        @Column(nullable = false)
        Integer level;
    }

    @Entity(name = "MemberLevel")
    @Table(name = "members")
    static class MemberLevel {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(length = 64)
        String name;

        @ManyToOne
        @JoinColumn(name = "team_id")
        TeamLevel team;
    }
}
