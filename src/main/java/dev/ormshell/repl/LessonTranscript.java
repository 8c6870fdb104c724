package dev.ormshell.repl;

import dev.ormshell.orm.SpyingDataSource;
import dev.ormshell.orm.SqlListener;
import dev.ormshell.orm.TransactionBoundary;
import dev.ormshell.render.SqlEcho;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A lesson in Markdown: each input as a code block, the SQL it ran with its bound values, and
 * what the shell printed, ready to hand to students. Each input is appended when it ends, so
 * the file is whole after every step. An /open'ed script shows as the one command.
 */
public final class LessonTranscript implements InputListener {

    private final Path file;
    private final Shell shell;
    private final SpyingDataSource source;
    private final SqlListener sqlSeen;
    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
    private final List<String> shown = Collections.synchronizedList(new ArrayList<>());
    // Between the start and the end of an input typed at the top level (an /open'ed script's inputs are part of it).
    private volatile boolean recording;

    /**
     * Starts the file anew. The data source tells it only the statements the user's operations
     * send (not the shell's own id allocation), and where transactions begin and end, as /echo shows them.
     */
    private LessonTranscript(Path file, Shell shell) {
        this.file = file;
        this.shell = shell;
        this.source = shell.db().database().dataSource();
        this.sqlSeen = new SqlListener() {
            @Override
            public void executed(String sql, List<Object> parameters) {
                if (recording) {
                    String values = parameters.isEmpty() ? "" : "\n-- parameters: " + SqlEcho.literals(parameters);
                    statements.add(sql.strip() + ";" + values);
                }
            }

            @Override
            public void transaction(TransactionBoundary boundary) {
                if (recording) {
                    statements.add("-- " + boundary);
                }
            }
        };
    }

    /** Writes the lesson of this shell's inputs to the file from now on. */
    public static LessonTranscript start(Path file, Shell shell) throws IOException {
        String heading = "# ORM Shell lesson\n\nOn `" + shell.db().database().url() + "`.\n";
        Files.writeString(file, heading, StandardCharsets.UTF_8);
        LessonTranscript transcript = new LessonTranscript(file, shell);
        transcript.source.addListener(transcript.sqlSeen);
        shell.output().copyTo(transcript.shown::add);
        shell.inputs().listen(transcript);
        return transcript;
    }

    public Path file() {
        return file;
    }

    /** Stops writing; what was written stays. */
    public void stop() {
        shell.inputs().stopListening(this);
        source.removeListener(sqlSeen);
        shell.output().copyTo(null);
    }

    @Override
    public void beforeInput(String input, boolean nested) {
        if (!nested) {
            statements.clear();
            shown.clear();
            recording = true;
        }
    }

    @Override
    public void afterInput(InputResult result) {
        if (result.nested() || !recording) {
            return;
        }
        recording = false;
        String input = result.input();
        Outcome outcome = result.outcome();
        if (input.strip().startsWith("/transcript")) {
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
