package dev.ormshell.repl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Predicate;
import dev.ormshell.repl.editing.InputParser;
import dev.ormshell.repl.editing.MaskingHistory;
import dev.ormshell.repl.editing.ShellCompleter;
import dev.ormshell.repl.editing.ShellHighlighter;
import java.util.List;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/**
 * A person at a terminal: JLine line editing with completion, highlighting, Shift-Tab docs,
 * persistent history (Ctrl-R searches it) and multi-line input for a Java statement that is
 * not finished yet. Ctrl-C while code runs calls the interrupt action.
 */
public final class TerminalInput implements Input {

    private static final String PROMPT = "orm> ";

    private final Terminal terminal;
    private final LineReader reader;
    private final InputParser parser;
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
        parser = new InputParser(isComplete);
        reader = LineReaderBuilder.builder()
                .appName("orm-shell")
                .terminal(terminal)
                .parser(parser)
                .history(new MaskingHistory())
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "...> ")
                .variable(LineReader.HISTORY_IGNORE, " *")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .build();
    }

    /** Completion, colours and Shift-Tab docs need the shell: its commands, evaluator and database. */
    @Override
    public void attach(Shell shell) {
        parser.setSyntaxOfCommand(name -> shell.commandNamed(name).map(ShellCommand::argumentSyntax).orElse(null));
        LineReaderImpl impl = (LineReaderImpl) reader;
        impl.setCompleter(new ShellCompleter(shell));
        impl.setHighlighter(new ShellHighlighter(name -> shell.commandNamed(name).map(ShellCommand::argumentSyntax).orElse(null)));
        shell.setWidth(() -> terminal.getWidth() > 0 ? terminal.getWidth() : Integer.MAX_VALUE);
        shell.observe(new ProgressLine(terminal, shell.db().database().dataSource().progress()));
        reader.getWidgets().put("ormshell-doc", () -> showDocumentation(shell));
        KeyMap<org.jline.reader.Binding> keys = reader.getKeyMaps().get(LineReader.MAIN);
        keys.bind(new Reference("ormshell-doc"), "\033[Z");
        String backTab = KeyMap.key(terminal, InfoCmp.Capability.key_btab);
        if (backTab != null && !backTab.isEmpty()) {
            keys.bind(new Reference("ormshell-doc"), backTab);
        }
    }

    // Shift-Tab: the signatures of what the cursor is in, printed above the prompt, as jshell does.
    private boolean showDocumentation(Shell shell) {
        String buffer = reader.getBuffer().toString();
        List<String> docs = shell.evaluator().documentation(buffer, reader.getBuffer().cursor());
        if (docs.isEmpty()) {
            reader.callWidget(LineReader.BEEP);
        } else {
            reader.printAbove(String.join("\n", docs));
        }
        return true;
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
        String answer = ask(question);
        return answer != null && answer.strip().toLowerCase().startsWith("y");
    }

    @Override
    public String ask(String question) {
        // An answer is not worth keeping in the history.
        reader.setVariable(LineReader.DISABLE_HISTORY, true);
        try {
            return reader.readLine(question);
        } catch (UserInterruptException e) {
            return CANCEL; // Ctrl-C leaves the question, as it leaves a line at the prompt
        } catch (EndOfFileException e) {
            return null;
        } finally {
            reader.setVariable(LineReader.DISABLE_HISTORY, false);
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
}
