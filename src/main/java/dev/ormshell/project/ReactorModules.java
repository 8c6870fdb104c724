package dev.ormshell.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The modules of a multi-module Maven project (an aggregator pom with {@code <modules>}), followed
 * down through nested aggregators: the folders whose sources become classes. A project without
 * modules is its own one module. The pom is read as text: only these two elements matter here,
 * and Maven itself is asked for everything else.
 */
final class ReactorModules {

    private static final Pattern MODULES = Pattern.compile("<(modules|subprojects)>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern MODULE = Pattern.compile("<(?:module|subproject)>\\s*([^<]+?)\\s*</(?:module|subproject)>");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern PROFILES = Pattern.compile("<profiles>.*?</profiles>", Pattern.DOTALL);

    private ReactorModules() {
    }

    /** The folders with sources of their own, in the order the poms list them; the project itself when it has no modules. */
    static List<Path> of(Path project) {
        List<Path> found = new ArrayList<>();
        collect(project, found, 0);
        return found.isEmpty() ? List.of(project) : found;
    }

    private static void collect(Path project, List<Path> found, int depth) {
        List<Path> modules = depth < 10 ? modulesOf(project) : List.of();
        if (modules.isEmpty()) {
            if (Files.isDirectory(project.resolve("src/main")) && !found.contains(project)) {
                found.add(project);
            }
            return;
        }
        for (Path module : modules) {
            collect(module, found, depth + 1);
        }
    }

    // A module in a profile only builds with that profile; the default build is what the shell asks Maven for.
    private static List<Path> modulesOf(Path project) {
        Path pom = project.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return List.of();
        }
        String content;
        try {
            content = Files.readString(pom, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        content = PROFILES.matcher(COMMENT.matcher(content).replaceAll("")).replaceAll("");
        List<Path> modules = new ArrayList<>();
        Matcher section = MODULES.matcher(content);
        while (section.find()) {
            Matcher module = MODULE.matcher(section.group(2));
            while (module.find()) {
                Path dir = project.resolve(module.group(1)).normalize();
                // A module may name its pom file rather than its folder.
                modules.add(Files.isRegularFile(dir) ? dir.getParent() : dir);
            }
        }
        return modules;
    }
}
