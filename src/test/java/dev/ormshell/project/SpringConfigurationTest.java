package dev.ormshell.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringConfigurationTest {

    @TempDir
    Path classes;

    private SpringConfiguration read(String profile, Map<String, String> environment) {
        return SpringConfiguration.read(new ProjectResources(List.of(classes)), profile, environment);
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(classes.resolve(name).getParent());
        Files.writeString(classes.resolve(name), text);
    }

    @Test
    void placeholdersTakeTheEnvironmentOtherPropertiesOrTheirDefaults() throws IOException {
        write("application.properties", """
                host=db.internal
                spring.datasource.url=jdbc:postgresql://${host}:${DB_PORT:5432}/${DB_NAME:${default.name:shop}}
                spring.datasource.username=${DB_USER}
                """);
        SpringConfiguration spring = read(null, Map.of("DB_USER", "app", "DB_PORT", "6543"));
        assertEquals(Optional.of("jdbc:postgresql://db.internal:6543/shop"), spring.get("spring.datasource.url"));
        assertEquals(Optional.of("app"), spring.get("spring.datasource.username"));
        assertEquals(Optional.empty(), spring.get("spring.datasource.password"));
        assertEquals("application.properties", spring.origin("spring.datasource.url"));
    }

    @Test
    void aPlaceholderWithoutValueOrDefaultNamesTheVariableToSet() throws IOException {
        write("application.properties", "spring.datasource.password=${DB_PASSWORD}\n");
        ProjectException e = assertThrows(ProjectException.class, () -> read(null, Map.of()).get("spring.datasource.password"));
        assertEquals("spring.datasource.password in application.properties needs ${DB_PASSWORD}, which is not set:"
                + " set the environment variable DB_PASSWORD, or give --url", e.getMessage());
    }

    @Test
    void aProfileFileWinsOverTheBaseAndAnEnvironmentVariableOverBoth() throws IOException {
        write("application.properties", "spring.datasource.url=jdbc:h2:mem:base\nspring.jpa.properties.hibernate.format_sql=true\n");
        write("application-prod.properties", "spring.datasource.url=jdbc:postgresql://prod/shop\n");
        assertEquals(Optional.of("jdbc:h2:mem:base"), read(null, Map.of()).get("spring.datasource.url"));
        SpringConfiguration prod = read("prod", Map.of());
        assertEquals(Optional.of("jdbc:postgresql://prod/shop"), prod.get("spring.datasource.url"));
        assertEquals("application-prod.properties", prod.origin("spring.datasource.url"));
        assertEquals(Map.of("hibernate.format_sql", "true"), prod.withPrefix("spring.jpa.properties."));
        assertEquals(Optional.of("jdbc:postgresql://prod/shop"),
                read(null, Map.of("SPRING_PROFILES_ACTIVE", "prod")).get("spring.datasource.url"));
        SpringConfiguration overridden = read("prod", Map.of("SPRING_DATASOURCE_URL", "jdbc:sqlite:x.db"));
        assertEquals(Optional.of("jdbc:sqlite:x.db"), overridden.get("spring.datasource.url"));
        assertEquals("$SPRING_DATASOURCE_URL", overridden.origin("spring.datasource.url"));
    }

    @Test
    void yamlDocumentsApplyToTheirProfileAndPropertiesWinOverYamlInOneFolder() throws IOException {
        write("application.yml", """
                spring:
                  profiles:
                    active: dev
                  datasource:
                    url: jdbc:h2:mem:yaml
                    username: sa
                  jpa:
                    mapping-resources:
                      - META-INF/orm.xml
                ---
                spring:
                  config:
                    activate:
                      on-profile: dev
                  datasource:
                    username: developer
                """);
        write("config/application.properties", "spring.datasource.url=jdbc:h2:mem:config\n");
        SpringConfiguration spring = read(null, Map.of());
        assertEquals(List.of("dev"), spring.profiles());
        assertEquals(Optional.of("developer"), spring.get("spring.datasource.username"));
        assertEquals(Optional.of("jdbc:h2:mem:config"), spring.get("spring.datasource.url"));
        assertEquals(Map.of("[0]", "META-INF/orm.xml"), spring.withPrefix("spring.jpa.mapping-resources"));
        // A profile from the environment may have no file of its own (it may only switch beans on).
        assertEquals(Optional.of("sa"), read(null, Map.of("SPRING_PROFILES_ACTIVE", "other")).get("spring.datasource.username"));
    }

    @Test
    void aProfileGivenOnTheCommandLineWithoutAFileNamesTheProfilesThereAre() throws IOException {
        write("application.properties", "spring.datasource.url=jdbc:h2:mem:x\n");
        write("application-postgres.properties", "spring.datasource.url=jdbc:postgresql://x/y\n");
        write("application-mysql.yml", "spring.datasource.url: jdbc:mysql://x/y\n");
        ProjectException e = assertThrows(ProjectException.class, () -> read("prod", Map.of()));
        assertEquals("--profile prod: the project has no application-prod.properties or application-prod.yml"
                + " (its profiles: mysql, postgres)", e.getMessage());
    }
}
