package dev.ormshell.repl.commands;

import dev.ormshell.repl.JavaEvaluator.Declaration;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.ArrayList;
import java.util.List;

/** /context: every name the shell preloaded with its type, as {@code flask shell} lists its context. */
public final class ContextCommand implements ShellCommand {

    @Override
    public String name() {
        return "context";
    }

    @Override
    public String help() {
        return "list what the shell preloaded: db, session, the entities, the context file's names, imports";
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        List<String[]> rows = new ArrayList<>();
        String origin = shell.contextFile() == null ? "" : "from " + shell.contextFile().path().getFileName();
        for (Declaration declared : shell.evaluator().preloadedDeclarations()) {
            rows.add(new String[] {declared.name(), declared.type(),
                    shell.contextNames().contains(declared.name()) ? origin : ""});
        }
        shell.db().sessionFactory().getMetamodel().getEntities().stream()
                .sorted(java.util.Comparator.comparing(jakarta.persistence.metamodel.EntityType::getName))
                .forEach(entity -> rows.add(new String[] {entity.getName(), "entity",
                        shell.typedEntityNames().contains(entity.getName()) ? "typed at the prompt" : entity.getJavaType().getName()}));
        int nameWidth = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int typeWidth = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        shell.output().println("Database: " + shell.db().database().url());
        for (String[] row : rows) {
            String line = String.format("%-" + nameWidth + "s  %-" + typeWidth + "s  %s", (Object[]) row);
            shell.output().println(line.stripTrailing());
        }
        List<String> packages = shell.evaluator().imports().stream().filter(i -> i.endsWith(".*")).distinct().toList();
        shell.output().println("Imports: " + String.join(", ", packages));
        return Outcome.NOTHING;
    }
}
