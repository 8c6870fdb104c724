package dev.ormshell.repl;

import dev.ormshell.orm.SpyingDataSource;
import dev.ormshell.orm.SqlListener;
import dev.ormshell.render.SqlEcho;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A lesson in Markdown: each input as a code block, the SQL it ran with its bound values, and
 * what the shell printed, ready to hand to students. Each input is appended when it ends, so
 * the file is whole after every step. An /open'ed script shows as the one command.
 */
public final class LessonTranscript implements InputObserver {

    private final Path file;
    private final Shell shell;
    private final SpyingDataSource source;
    private final SqlListener sqlSeen;
    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
    private final List<String> shown = Collections.synchronizedList(new ArrayList<>());
    private int depth;

    /**
     * Starts the file anew. {@code userStatements} chooses the statements worth showing from all
     * the shell's connections run (today all of them; the place for the echo's filter).
     */
    private LessonTranscript(Path file, Shell shell, UnaryOperator<SqlListener> userStatements) {
        this.file = file;
        this.shell = shell;
        this.source = shell.db().database().dataSource();
        this.sqlSeen = userStatements.apply((sql, parameters) -> {
            if (depth > 0) {
                String values = parameters.isEmpty() ? "" : "\n-- parameters: " + SqlEcho.literals(parameters);
                statements.add(sql.strip() + ";" + values);
            }
        });
    }

    /** Writes the lesson of this shell's inputs to the file from now on. */
    public static LessonTranscript start(Path file, Shell shell) throws IOException {
        String heading = "# ORM Shell lesson\n\nOn `" + shell.db().database().url() + "`.\n";
        Files.writeString(file, heading, StandardCharsets.UTF_8);
        LessonTranscript transcript = new LessonTranscript(file, shell, UnaryOperator.identity());
        transcript.source.addListener(transcript.sqlSeen);
        shell.output().copyTo(transcript.shown::add);
        shell.observe(transcript);
        return transcript;
    }

    public Path file() {
        return file;
    }

    /** Stops writing; what was written stays. */
    public void stop() {
        shell.unobserve(this);
        source.removeListener(sqlSeen);
        shell.output().copyTo(null);
    }

    @Override
    public void started(String input) {
        if (depth++ == 0) {
            statements.clear();
            shown.clear();
        }
    }

    @Override
    public void ended(String input, Outcome outcome) {
        if (depth == 0 || --depth > 0 || input.strip().startsWith("/transcript")) {
            return;
        }
        boolean command = input.strip().startsWith("/");
        StringBuilder section = new StringBuilder("\n").append(block(command ? "" : "java", input.strip()));
        synchronized (statements) {
            if (!statements.isEmpty()) {
                section.append(block("sql", String.join("\n", statements)));
            }
        }
        List<String> lines = new ArrayList<>();
        synchronized (shown) {
            lines.addAll(shown);
        }
        if (outcome.failed() && lines.stream().noneMatch(line -> line.contains(outcome.message()))) {
            lines.add("error: " + outcome.message());
        }
        if (!lines.isEmpty()) {
            section.append(block("", String.join("\n", lines)));
        }
        try {
            Files.writeString(file, section, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            stop();
            shell.output().error("error: cannot write the transcript " + file + " (" + e.getMessage() + "): it stopped");
        }
    }

    // A fence longer than any run of backticks inside, so code holding ``` stays one block.
    private static String block(String language, String text) {
        String fence = "```";
        while (text.contains(fence)) {
            fence += "`";
        }
        return fence + language + "\n" + text + "\n" + fence + "\n";
    }
}
