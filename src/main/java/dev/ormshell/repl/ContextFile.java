package dev.ormshell.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The user's own preload, as the chapter's {@code make_shell_context()}: {@code shell_context.jsh}
 * (or the file of {@code --context}) runs after the shell's preamble, and what it declares stays
 * in the session as part of the context. A unit that fails is reported with the file and line,
 * and the rest still runs: the shell opens with whatever the file could define.
 */
public final class ContextFile {

    /** The file looked for in the working directory, or in the project's root with --project. */
    public static final String DEFAULT_NAME = "shell_context.jsh";

    /** What the file added (names for the banner) and the errors of the units that failed. */
    public record Loaded(String fileName, List<String> names, List<String> errors) {

        /** The banner's line, e.g. {@code from shell_context.jsh: admin, recentUsers()}. */
        public String bannerLine() {
            return "from " + fileName + ": " + (names.isEmpty() ? "nothing declared" : String.join(", ", names));
        }
    }

    private final Path path;

    public ContextFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** Runs the file in the shell: its Java through the evaluator, its /commands as typed; it prints no values. */
    public Loaded runIn(Shell shell) {
        String name = path.getFileName().toString();
        Set<String> before = shell.evaluator().snippetIds();
        List<String> errors = new ArrayList<>();
        try (ScriptInput units = new ScriptInput(Files.newBufferedReader(path, StandardCharsets.UTF_8), path.toString(),
                shell.evaluator()::isComplete)) {
            Input.Unit unit;
            while ((unit = units.next()) != null) {
                Outcome failed = run(unit, shell);
                if (failed != null) {
                    errors.add(units.name() + ":" + unit.lineOf(failed) + ": error: " + failed.message());
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            errors.add(path + ": error: cannot read it: " + e.getMessage());
        }
        shell.unitOfWork().releaseConnection();
        if (!errors.isEmpty()) {
            String notice = shell.unitOfWork().recoverIfBroken();
            if (notice != null) {
                errors.add(notice);
            }
        }
        shell.evaluator().markPreloaded();
        List<String> names = shell.evaluator().declaredSince(before).stream().map(JavaEvaluator.Declaration::name)
                .collect(Collectors.toList());
        shell.useContextFile(this, names);
        return new Loaded(name, names, errors);
    }

    // The unit's failure, or null when it ran.
    private static Outcome run(Input.Unit unit, Shell shell) {
        String text = unit.text().strip();
        List<Outcome> outcomes = InputLine.isCommand(text) ? List.of(shell.runCommand(text)) : shell.evaluate(unit.text());
        return outcomes.stream().filter(Outcome::failed).findFirst().orElse(null);
    }
}
