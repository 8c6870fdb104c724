package dev.ormshell.repl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Predicate;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A person at a terminal: JLine line editing, persistent history, and multi-line input for a
 * Java statement that is not finished yet. Ctrl-C while code runs calls the interrupt action.
 */
public final class TerminalInput implements Input {

    private static final String PROMPT = "orm> ";

    private final Terminal terminal;
    private final LineReader reader;
    private int lineNumber;

    public TerminalInput(Predicate<String> isComplete, Path historyFile, Runnable onInterrupt) {
        try {
            terminal = TerminalBuilder.builder().system(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // JLine reads Ctrl-C itself while editing; this handler only fires while user code runs.
        terminal.handle(Terminal.Signal.INT, signal -> onInterrupt.run());
        prepareHistory(historyFile);
        reader = LineReaderBuilder.builder()
                .appName("orm-shell")
                .terminal(terminal)
                .parser(new JavaParser(isComplete))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "...> ")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
    }

    // The history can hold anything typed, so only its owner may read it.
    private static void prepareHistory(Path historyFile) {
        try {
            if (!Files.exists(historyFile)) {
                Files.createFile(historyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.setPosixFilePermissions(historyFile, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // No history file then; JLine keeps history in memory.
        }
    }

    @Override
    public Unit next() {
        try {
            String text = reader.readLine(PROMPT);
            int first = ++lineNumber;
            lineNumber += (int) text.chars().filter(c -> c == '\n').count();
            return new Unit(text, first);
        } catch (UserInterruptException e) {
            return new Unit("", ++lineNumber);
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public boolean confirm(String question) {
        try {
            String answer = reader.readLine(question);
            return answer.strip().toLowerCase().startsWith("y");
        } catch (UserInterruptException | EndOfFileException e) {
            return false;
        }
    }

    @Override
    public boolean interactive() {
        return true;
    }

    public Terminal terminal() {
        return terminal;
    }

    public LineReader reader() {
        return reader;
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (IOException ignored) {
            // Leaving anyway.
        }
    }

    /** Asks JLine for another line while a Java statement is unfinished. */
    private static final class JavaParser extends DefaultParser {
        private final Predicate<String> isComplete;

        JavaParser(Predicate<String> isComplete) {
            this.isComplete = isComplete;
            setEofOnUnclosedQuote(false);
        }

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE) {
                String stripped = line.strip();
                boolean command = stripped.startsWith("/") && !stripped.startsWith("//") && !stripped.startsWith("/*");
                if (!stripped.isEmpty() && !command && !isComplete.test(line)) {
                    throw new EOFError(-1, cursor, "unfinished statement");
                }
            }
            return super.parse(line, cursor, context);
        }
    }
}
