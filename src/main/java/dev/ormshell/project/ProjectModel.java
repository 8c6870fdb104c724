package dev.ormshell.project;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * An application's model: its classes and dependencies in a class loader of their own, a child
 * of the shell's, without the artifacts the shell ships itself (so there is one Hibernate, one
 * JPA API and one driver of each kind, and the entity classes Hibernate maps are the ones the
 * snippets use); its mapped classes found by {@link EntityScan}; its settings read by
 * {@link ApplicationConfiguration}.
 */
final class ProjectModel implements ModelSource {

    private final Supplier<ProjectClasspath> classpath;
    private final String profile;
    private final Map<String, String> environment;

    ProjectModel(Supplier<ProjectClasspath> classpath, String profile, Map<String, String> environment) {
        this.classpath = classpath;
        this.profile = profile;
        this.environment = environment;
    }

    @Override
    public LoadedModel load() {
        ProjectClasspath project = classpath.get();
        ShellArtifacts shell = ShellArtifacts.current();
        Set<Path> shipped = project.dependencies().stream().filter(shell::ships).map(Artifact::path).collect(Collectors.toSet());
        List<Path> own = project.own().stream().filter(p -> !shipped.contains(p)).toList();
        Set<Path> paths = new LinkedHashSet<>(own);
        project.dependencies().stream().map(Artifact::path).filter(p -> !shipped.contains(p)).forEach(paths::add);

        EntityScan.Found found = ScanCache.scan(own, project.cache());
        URLClassLoader loader = new URLClassLoader("project " + project.name(), urls(paths), ProjectModel.class.getClassLoader());
        ApplicationConfiguration configuration = ApplicationConfiguration.read(new ProjectResources(own), loader, profile,
                environment);
        List<String> mapped = configuration.mapped(found.mapped());
        if (found.entities().isEmpty() && mapped.isEmpty()) {
            throw noEntities(project, own, found);
        }
        List<String> named = new ArrayList<>(found.entities());
        named.addAll(found.embeddables());
        named.addAll(found.mappedSuperclasses());
        named.addAll(found.valueTypes());
        mapped.stream().filter(c -> !named.contains(c) && !found.converters().contains(c)).forEach(named::add);

        List<String> notes = new ArrayList<>();
        notes.add("Model: " + project.name() + " (" + configuration.description() + "), mapped by Hibernate "
                + HibernateVersions.shell() + HibernateVersions.projectNote(project.dependencies()));
        HibernateVersions.warning(project.dependencies()).ifPresent(notes::add);
        return new LoadedModel("project " + project.name(), loader, load(loader, mapped, project.name()),
                List.copyOf(paths), named, notes, configuration, project.dir(), modules(own));
    }

    private static ProjectException noEntities(ProjectClasspath project, List<Path> own, EntityScan.Found found) {
        if (found.javaxPersistence()) {
            return new ProjectException(project.name() + "'s entities use javax.persistence (JPA 2, Hibernate 5 or"
                    + " older); ORM Shell maps jakarta.persistence entities (Jakarta Persistence 3, Hibernate 6 and later)");
        }
        String where = own.stream().map(p -> project.dir() != null && p.startsWith(project.dir())
                ? project.dir().relativize(p).toString() : p.toString()).collect(Collectors.joining(", "));
        return new ProjectException(project.name() + " has no @Entity class in " + (where.isEmpty() ? "its classes" : where)
                + " (ORM Shell looks in the project's own classes, not in its dependencies)");
    }

    // The folders of the modules whose classes are the project's own (module/target/classes).
    private static List<Path> modules(List<Path> own) {
        return own.stream().filter(p -> p.endsWith(Path.of("target", "classes"))).map(p -> p.getParent().getParent()).toList();
    }

    private static List<Class<?>> load(ClassLoader loader, List<String> names, String project) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new ProjectException("Cannot load " + name + " of " + project + ": " + e, e);
            }
        }
        return classes;
    }

    private static URL[] urls(Set<Path> paths) {
        List<URL> urls = new ArrayList<>();
        for (Path path : paths) {
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new ProjectException("Cannot use " + path + " on the class path: " + e.getMessage(), e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}
