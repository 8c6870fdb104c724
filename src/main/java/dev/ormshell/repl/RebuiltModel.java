package dev.ormshell.repl;

import dev.ormshell.orm.Model;
import java.nio.file.Path;
import java.util.List;

/**
 * A model built again from its sources, for /reload.
 *
 * @param model        what Hibernate maps, in a class loader of its own
 * @param classpath    what JShell compiles against, ahead of the shell's own class path
 * @param namedClasses the classes snippets name (binary names), to import
 */
public record RebuiltModel(Model model, List<Path> classpath, List<String> namedClasses) {
}
