package dev.ormshell.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The imports that make a project's model usable by simple name in the shell: each package of
 * its mapped classes and their enums on demand, and each class by its own name, which wins over
 * a same-named class of {@code java.util.*} or {@code jakarta.persistence.*} (an entity named
 * {@code Order}, {@code Version} or {@code Session}). Two classes of one simple name in different
 * packages are left to their qualified names.
 */
final class ModelImports {

    private final List<String> lines;
    private final Map<String, List<String>> ambiguous;

    private ModelImports(List<String> lines, Map<String, List<String>> ambiguous) {
        this.lines = lines;
        this.ambiguous = ambiguous;
    }

    /** The imports of these classes (binary names, {@code pkg.Outer$Inner} for nested ones). */
    static ModelImports of(List<String> classNames) {
        TreeSet<String> packages = new TreeSet<>();
        Map<String, List<String>> bySimpleName = new TreeMap<>();
        for (String binary : classNames) {
            String name = binary.replace('$', '.');
            int dot = binary.lastIndexOf('.');
            if (dot > 0) {
                packages.add(binary.substring(0, dot));
            }
            String simple = name.substring(name.lastIndexOf('.') + 1);
            bySimpleName.computeIfAbsent(simple, k -> new ArrayList<>()).add(name);
        }
        List<String> lines = new ArrayList<>();
        packages.forEach(p -> lines.add("import " + p + ".*;"));
        Map<String, List<String>> ambiguous = new LinkedHashMap<>();
        bySimpleName.forEach((simple, names) -> {
            List<String> distinct = names.stream().distinct().sorted().toList();
            if (distinct.size() == 1) {
                lines.add("import " + distinct.get(0) + ";");
            } else {
                ambiguous.put(simple, distinct);
            }
        });
        return new ModelImports(lines, ambiguous);
    }

    /** The import lines, for JShell. */
    String source() {
        return String.join("\n", lines);
    }

    /** Simple names shared by classes of different packages, with the qualified names to use. */
    Map<String, List<String>> ambiguous() {
        return ambiguous;
    }
}
