package dev.ormshell.orm;

import java.util.List;
import java.util.Map;

/**
 * What Hibernate maps: the model's classes (entities, embeddables, mapped superclasses,
 * converters), the class loader they come from, and the application's own mapping settings
 * (naming strategies, {@code hibernate.*} properties, orm.xml files) that make Hibernate map
 * them as the application does.
 *
 * @param name             what the banner calls the model ("the built-in model", "project clinic")
 * @param loader           the loader of the classes; Hibernate and the JDBC drivers look there too
 * @param classes          the classes Hibernate is given
 * @param settings         Hibernate settings of the application (the shell's own win where they must)
 * @param mappingResources orm.xml files on the loader's classpath
 */
public record Model(String name, ClassLoader loader, List<Class<?>> classes, Map<String, Object> settings,
                    List<String> mappingResources) {

    public Model {
        classes = List.copyOf(classes);
        settings = Map.copyOf(settings);
        mappingResources = List.copyOf(mappingResources);
    }

    /** Classes of the shell's own class path, mapped with Hibernate's defaults (the built-in model, tests). */
    public static Model of(List<Class<?>> classes) {
        return new Model("the built-in model", Model.class.getClassLoader(), classes, Map.of(), List.of());
    }

    /** Whether a Bean Validation provider (e.g. Hibernate Validator) is on the model's class path. */
    public boolean hasValidationProvider() {
        return loader.getResource("META-INF/services/jakarta.validation.spi.ValidationProvider") != null;
    }
}
