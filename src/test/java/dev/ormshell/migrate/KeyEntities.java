package dev.ormshell.migrate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * A test-only model of countries and their cities: version 2 moves the countries' primary key
 * from the two-letter code to the three-letter one, and makes the cities go with their country
 * (ON DELETE CASCADE). A country's status is an enum, whose value set is not compared.
 */
final class KeyEntities {

    enum Status { ACTIVE, FORMER }

    static final List<Class<?>> V1 = List.of(CountryV1.class, CityV1.class);
    static final List<Class<?>> V2 = List.of(CountryV2.class, CityV2.class);

    private KeyEntities() {
    }

    @Entity(name = "CountryV1")
    @Table(name = "countries")
    static class CountryV1 {
        @Id
        @Column(length = 2)
        String code;

        @Column(length = 3, nullable = false)
        String iso3;

        @Enumerated(EnumType.STRING)
        @Column(length = 8)
        Status status;
    }

    @Entity(name = "CityV1")
    @Table(name = "cities")
    static class CityV1 {
        @Id
        Integer id;

        @Column(length = 40)
        String name;

        @Column(length = 3)
        String country;
    }

    @Entity(name = "CountryV2")
    @Table(name = "countries")
    static class CountryV2 {
        @Column(length = 2)
        String code;

        @Id
        @Column(length = 3)
        String iso3;

        @Enumerated(EnumType.STRING)
        @Column(length = 8)
        Status status;
    }

    @Entity(name = "CityV2")
    @Table(name = "cities")
    static class CityV2 {
        @Id
        Integer id;

        @Column(length = 40)
        String name;

        @ManyToOne
        @JoinColumn(name = "country")
        @OnDelete(action = OnDeleteAction.CASCADE)
        CountryV2 country;
    }
}
