package dev.ormshell.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A Spring Boot application's configuration, read as Spring Boot reads it:
 * {@code application.properties} and {@code application.yml} at the top of the class path and in
 * {@code config/}, then those of the active profiles ({@code application-NAME.*}, and YAML
 * documents with {@code spring.config.activate.on-profile}); a property set as a system property
 * or an environment variable ({@code SPRING_DATASOURCE_URL}) wins over the files, and
 * {@code ${NAME:default}} placeholders are resolved the same way.
 */
final class SpringConfiguration {

    private static final List<String> LOCATIONS = List.of("", "config/");
    // Within one location .properties wins over .yml, so it comes later.
    private static final List<String> EXTENSIONS = List.of(".yml", ".yaml", ".properties");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> origins = new LinkedHashMap<>();
    private final Map<String, String> environment;
    private final List<String> profiles;

    private SpringConfiguration(Map<String, String> environment, List<String> profiles) {
        this.environment = environment;
        this.profiles = profiles;
    }

    /**
     * Reads the configuration; {@code profileOption} (--profile) wins over
     * {@code SPRING_PROFILES_ACTIVE}, which wins over {@code spring.profiles.active} in the files.
     */
    static SpringConfiguration read(ProjectResources resources, String profileOption, Map<String, String> environment) {
        List<ConfigDocument> base = documents(resources, "application");
        List<String> profiles = activeProfiles(base, profileOption, environment);
        SpringConfiguration configuration = new SpringConfiguration(environment, profiles);
        base.stream().filter(d -> d.appliesTo(profiles)).forEach(configuration::apply);
        for (String profile : profiles) {
            List<ConfigDocument> own = documents(resources, "application-" + profile);
            boolean inBase = base.stream().anyMatch(d -> d.onProfile() != null && d.appliesTo(List.of(profile)));
            if (own.isEmpty() && !inBase && profileOption != null) {
                throw new ProjectException("--profile " + profile + ": the project has no application-" + profile
                        + ".properties or application-" + profile + ".yml" + knownProfiles(resources, base));
            }
            own.stream().filter(d -> d.appliesTo(profiles)).forEach(configuration::apply);
        }
        return configuration;
    }

    private static List<ConfigDocument> documents(ProjectResources resources, String name) {
        List<ConfigDocument> documents = new ArrayList<>();
        for (String location : LOCATIONS) {
            for (String extension : EXTENSIONS) {
                String file = location + name + extension;
                resources.read(file).ifPresent(text -> documents.addAll(ConfigDocument.parse(file, text)));
            }
        }
        return documents;
    }

    private static List<String> activeProfiles(List<ConfigDocument> base, String option, Map<String, String> environment) {
        String chosen = option != null ? option : environment.get("SPRING_PROFILES_ACTIVE");
        if (chosen == null) {
            for (ConfigDocument document : base) {
                if (document.onProfile() == null) {
                    chosen = document.values().getOrDefault("spring.profiles.active", chosen);
                }
            }
        }
        if (chosen == null || chosen.isBlank()) {
            return List.of();
        }
        return Arrays.stream(chosen.split(",")).map(String::strip).filter(p -> !p.isEmpty()).distinct().toList();
    }

    private static String knownProfiles(ProjectResources resources, List<ConfigDocument> base) {
        TreeSet<String> known = new TreeSet<>();
        for (String location : LOCATIONS) {
            for (String file : resources.list(location.isEmpty() ? "" : location.substring(0, location.length() - 1))) {
                if (file.startsWith("application-") && EXTENSIONS.stream().anyMatch(file::endsWith)) {
                    known.add(file.substring("application-".length(), file.lastIndexOf('.')));
                }
            }
        }
        base.stream().filter(d -> d.onProfile() != null).forEach(d -> known.add(d.onProfile()));
        return known.isEmpty() ? " (it has no profiles)" : " (its profiles: " + String.join(", ", known) + ")";
    }

    private void apply(ConfigDocument document) {
        document.values().forEach((key, value) -> {
            values.put(key, value);
            origins.put(key, document.origin());
        });
    }

    List<String> profiles() {
        return profiles;
    }

    /** A property's value with its placeholders resolved, if it is set anywhere. */
    Optional<String> get(String key) {
        String raw = raw(key);
        return raw == null ? Optional.empty() : Optional.of(resolve(raw, key, 0));
    }

    /** Where a property's value comes from: a file, a system property or an environment variable. */
    String origin(String key) {
        if (System.getProperty(key) != null) {
            return "-D" + key;
        }
        if (environment.get(environmentName(key)) != null) {
            return "$" + environmentName(key);
        }
        return origins.getOrDefault(key, "?");
    }

    /** Every property under a prefix (without it), resolved: {@code spring.jpa.properties.} gives Hibernate settings. */
    Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String key : values.keySet()) {
            if (key.startsWith(prefix)) {
                found.put(key.substring(prefix.length()), get(key).orElseThrow());
            }
        }
        return found;
    }

    private String raw(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            value = environment.get(environmentName(key));
        }
        return value != null ? value : values.get(key);
    }

    // Spring's relaxed binding of environment variables: spring.datasource.url is SPRING_DATASOURCE_URL.
    private static String environmentName(String key) {
        return key.replace('.', '_').replace("-", "").replace("[", "_").replace("]", "").toUpperCase(Locale.ROOT);
    }

    private String resolve(String text, String key, int depth) {
        if (depth > 10) {
            throw new ProjectException(key + " in " + origin(key) + ": its placeholders refer to each other in a circle");
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int start = text.indexOf("${", at);
            if (start < 0) {
                return out.append(text, at, text.length()).toString();
            }
            int end = closing(text, start + 2);
            if (end < 0) {
                return out.append(text, at, text.length()).toString();
            }
            out.append(text, at, start);
            String inside = text.substring(start + 2, end);
            int colon = inside.indexOf(':');
            String name = colon < 0 ? inside : inside.substring(0, colon);
            String value = raw(name.strip());
            if (value == null && colon < 0) {
                throw new ProjectException(key + " in " + origin(key) + " needs ${" + name + "}, which is not set: set the"
                        + " environment variable " + environmentName(name) + ", or give --url");
            }
            out.append(resolve(value != null ? value : inside.substring(colon + 1), key, depth + 1));
            at = end + 1;
        }
    }

    // The '}' that closes a placeholder, past any placeholder nested in its default.
    private static int closing(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            if (text.startsWith("${", i)) {
                depth++;
                i++;
            } else if (text.charAt(i) == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }
}
