package dev.ormshell.project;

import dev.ormshell.config.DatabaseUrl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.AvailableSettings;

/**
 * How an application configures its persistence, so the shell maps and connects as it does: a
 * Spring Boot application by Spring Boot's JPA defaults and its {@code spring.jpa.*} and
 * {@code spring.datasource.*} properties; otherwise by its persistence unit
 * ({@code META-INF/persistence.xml}) or its {@code hibernate.properties}; otherwise by
 * Hibernate's defaults.
 */
final class ApplicationConfiguration {

    private static final String DEFAULT_FLYWAY_LOCATION = "classpath:db/migration";

    private final String description;
    private final Map<String, Object> settings;
    private final List<String> mappingResources;
    private final List<String> listedClasses;
    private final boolean onlyListed;
    private final ConfiguredDatabase database;
    private final String flywayLocation;

    private ApplicationConfiguration(String description, Map<String, Object> settings, List<String> mappingResources,
                                     List<String> listedClasses, boolean onlyListed, ConfiguredDatabase database,
                                     String flywayLocation) {
        this.description = description;
        this.settings = settings;
        this.mappingResources = mappingResources;
        this.listedClasses = listedClasses;
        this.onlyListed = onlyListed;
        this.database = database;
        this.flywayLocation = flywayLocation;
    }

    static ApplicationConfiguration read(ProjectResources resources, ClassLoader loader, String profile,
                                         Map<String, String> environment) {
        boolean springBoot = loader.getResource("org/springframework/boot/SpringApplication.class") != null;
        if (springBoot) {
            return springBoot(SpringConfiguration.read(resources, profile, environment));
        }
        if (profile != null) {
            throw new ProjectException("--profile " + profile + " chooses a Spring Boot profile, and the project is no"
                    + " Spring Boot application");
        }
        Optional<PersistenceUnit> unit = PersistenceUnit.read(resources);
        if (unit.isPresent()) {
            return persistenceUnit(unit.get());
        }
        Optional<String> hibernateProperties = resources.read("hibernate.properties");
        if (hibernateProperties.isPresent()) {
            return hibernateProperties(hibernateProperties.get());
        }
        return new ApplicationConfiguration("Hibernate's defaults", Map.of(), List.of(), List.of(), false, null,
                DEFAULT_FLYWAY_LOCATION);
    }

    private static ApplicationConfiguration springBoot(SpringConfiguration spring) {
        // As Spring Boot's HibernateProperties: spring.jpa.properties.*, then its naming strategies
        // (spring.jpa.hibernate.naming.* wins over a strategy given as a property; its defaults do not).
        Map<String, Object> settings = new LinkedHashMap<>(spring.withPrefix("spring.jpa.properties."));
        Optional<String> physical = spring.get("spring.jpa.hibernate.naming.physical-strategy");
        Optional<String> implicit = spring.get("spring.jpa.hibernate.naming.implicit-strategy");
        if (physical.isPresent()) {
            settings.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, physical.get());
        } else {
            settings.putIfAbsent(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new CamelCaseToUnderscoresNamingStrategy());
        }
        if (implicit.isPresent()) {
            settings.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, implicit.get());
        } else {
            settings.putIfAbsent(AvailableSettings.IMPLICIT_NAMING_STRATEGY, new SpringImplicitNamingStrategy());
        }
        spring.get("spring.jpa.database-platform").ifPresent(dialect -> settings.put(AvailableSettings.DIALECT, dialect));
        List<String> mappings = spring.withPrefix("spring.jpa.mapping-resources").values().stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty()).toList();
        ConfiguredDatabase database = spring.get("spring.datasource.url").map(url -> new ConfiguredDatabase(
                DatabaseUrl.parse(url).withCredentials(spring.get("spring.datasource.username").orElse(null),
                        spring.get("spring.datasource.password").orElse(null)),
                "spring.datasource.url in " + spring.origin("spring.datasource.url"), true)).orElse(null);
        String profiles = spring.profiles().isEmpty() ? "" : ", profile " + String.join(",", spring.profiles());
        String location = spring.get("spring.flyway.locations").map(l -> l.split(",")[0].strip())
                .orElse(DEFAULT_FLYWAY_LOCATION);
        return new ApplicationConfiguration("Spring Boot's JPA settings" + profiles, settings, mappings, List.of(), false,
                database, location);
    }

    private static ApplicationConfiguration persistenceUnit(PersistenceUnit unit) {
        Map<String, Object> settings = new LinkedHashMap<>(unit.properties());
        String url = first(unit.property("jakarta.persistence.jdbc.url"), unit.properties().get("hibernate.connection.url"));
        ConfiguredDatabase database = url == null ? null : new ConfiguredDatabase(DatabaseUrl.parse(url).withCredentials(
                first(unit.property("jakarta.persistence.jdbc.user"), unit.properties().get("hibernate.connection.username")),
                first(unit.property("jakarta.persistence.jdbc.password"), unit.properties().get("hibernate.connection.password"))),
                "persistence unit '" + unit.name() + "' in " + PersistenceUnit.FILE, true);
        return new ApplicationConfiguration("persistence unit '" + unit.name() + "'", settings, unit.mappingFiles(),
                unit.classes(), unit.onlyListed(), database, DEFAULT_FLYWAY_LOCATION);
    }

    private static ApplicationConfiguration hibernateProperties(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new java.io.StringReader(text));
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new ProjectException("hibernate.properties cannot be read: " + e.getMessage(), e);
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key)));
        String url = properties.getProperty("hibernate.connection.url");
        ConfiguredDatabase database = url == null ? null : new ConfiguredDatabase(DatabaseUrl.parse(url).withCredentials(
                properties.getProperty("hibernate.connection.username"), properties.getProperty("hibernate.connection.password")),
                "hibernate.connection.url in hibernate.properties", true);
        return new ApplicationConfiguration("hibernate.properties", settings, List.of(), List.of(), false, database,
                DEFAULT_FLYWAY_LOCATION);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /** "Spring Boot's JPA settings, profile postgres", "persistence unit 'library'" … */
    String description() {
        return description;
    }

    /**
     * The application's Hibernate settings; its dialect only when the shell connects where the
     * application does (a dialect for its PostgreSQL would be wrong for a --url to SQLite).
     */
    Map<String, Object> settings(boolean databaseFromProject) {
        Map<String, Object> chosen = new LinkedHashMap<>(settings);
        if (!databaseFromProject) {
            chosen.remove(AvailableSettings.DIALECT);
            chosen.remove("javax.persistence.database-product-name");
            chosen.remove(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME);
        }
        return chosen;
    }

    List<String> mappingResources() {
        return mappingResources;
    }

    /** The classes Hibernate maps: the unit's list when it maps only those, else the scan's and the list's. */
    List<String> mapped(List<String> scanned) {
        if (onlyListed) {
            return listedClasses;
        }
        List<String> all = new ArrayList<>(scanned);
        listedClasses.stream().filter(c -> !all.contains(c)).forEach(all::add);
        return all;
    }

    /** The database the application itself uses, or null when its configuration names none. */
    ConfiguredDatabase database() {
        return database;
    }

    /** Flyway's location as the application gives it ({@code classpath:db/migration}, {@code filesystem:…}). */
    String flywayLocation() {
        return flywayLocation;
    }
}
