package dev.ormshell.repl;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The imports that make a model's classes usable by simple name: each of their packages on
 * demand, and a class by its own name only where a class of the shell's imports has the same
 * one (an entity named {@code Order}, {@code Version}, {@code Session} or {@code Record}), so
 * that the model's wins. JShell compiles each import as a snippet of its own, about 60 ms
 * apiece, hence no more of them than that. Two model classes of one simple name in different
 * packages are left to their qualified names.
 */
public final class ModelImports {

    private final List<String> lines;
    private final Map<String, List<String>> ambiguous;

    private ModelImports(List<String> lines, Map<String, List<String>> ambiguous) {
        this.lines = lines;
        this.ambiguous = ambiguous;
    }

    /**
     * The imports of these classes (binary names, {@code pkg.Outer$Inner} for nested ones) beside
     * the shell's own ({@code java.util.*}, {@code org.hibernate.Session} …).
     */
    public static ModelImports of(List<String> classNames, List<String> shellImports) {
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
            if (distinct.size() > 1) {
                ambiguous.put(simple, distinct);
            } else if (clashes(distinct.get(0), simple, shellImports) || isNested(classNames, distinct.get(0))) {
                lines.add("import " + distinct.get(0) + ";");
            }
        });
        return new ModelImports(lines, ambiguous);
    }

    // A nested class is not reached by its package's import on demand.
    private static boolean isNested(List<String> binaryNames, String name) {
        return binaryNames.stream().anyMatch(b -> b.contains("$") && b.replace('$', '.').equals(name));
    }

    private static boolean clashes(String name, String simple, List<String> shellImports) {
        List<String> imports = new ArrayList<>(shellImports);
        imports.add("java.lang.*");
        imports.remove(name.substring(0, name.lastIndexOf('.')) + ".*");
        for (String imported : imports) {
            if (imported.endsWith(".*") ? isPublicClass(imported.substring(0, imported.length() - 1) + simple)
                    : imported.endsWith("." + simple)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPublicClass(String name) {
        try {
            return Modifier.isPublic(Class.forName(name, false, ModelImports.class.getClassLoader()).getModifiers());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The import lines, for JShell. */
    public String source() {
        return String.join("\n", lines);
    }

    /** Simple names shared by classes of different packages, with the qualified names to use. */
    public Map<String, List<String>> ambiguous() {
        return ambiguous;
    }

    /** A banner line for each simple name left to qualified names. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        ambiguous.forEach((simple, names) -> notes.add("Two classes are named " + simple + ": "
                + String.join(", ", names) + "; use their qualified names"));
        return notes;
    }
}
