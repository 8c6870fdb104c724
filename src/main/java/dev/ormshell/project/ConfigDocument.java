package dev.ormshell.project;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * One document of a Spring Boot configuration file: an {@code application.properties}, or one of
 * the {@code ---}-separated documents of an {@code application.yml}, its keys flattened as
 * Spring flattens them ({@code spring.datasource.url}, {@code list[0]}).
 *
 * @param origin    the file it came from, for messages
 * @param onProfile the profile expression it is limited to ({@code spring.config.activate.on-profile}), or null
 */
record ConfigDocument(Map<String, String> values, String origin, String onProfile) {

    static List<ConfigDocument> parse(String file, String text) {
        if (file.endsWith(".properties")) {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(text));
            } catch (IOException | IllegalArgumentException e) {
                throw new ProjectException(file + " cannot be read: " + e.getMessage(), e);
            }
            Map<String, String> values = new LinkedHashMap<>();
            properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
            return List.of(of(values, file));
        }
        List<ConfigDocument> documents = new ArrayList<>();
        try {
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
                Map<String, String> values = new LinkedHashMap<>();
                flatten("", document, values);
                documents.add(of(values, file));
            }
        } catch (YAMLException e) {
            throw new ProjectException(file + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        return documents;
    }

    private static ConfigDocument of(Map<String, String> values, String file) {
        String onProfile = values.getOrDefault("spring.config.activate.on-profile", values.get("spring.profiles"));
        return new ConfigDocument(values, file, onProfile);
    }

    private static void flatten(String prefix, Object node, Map<String, String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, into));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
        } else if (!prefix.isEmpty()) {
            into.put(prefix, node == null ? "" : String.valueOf(node));
        }
    }

    /** Whether this document applies with these profiles active. */
    boolean appliesTo(List<String> active) {
        if (onProfile == null) {
            return true;
        }
        for (String token : onProfile.split("[,|]")) {
            String name = token.strip();
            boolean negated = name.startsWith("!");
            String profile = negated ? name.substring(1).strip() : name;
            if (active.contains(profile) != negated) {
                return true;
            }
        }
        return false;
    }
}
