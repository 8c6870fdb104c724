package dev.ormshell.repl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import dev.ormshell.repl.editing.InputParser;
import dev.ormshell.repl.editing.MaskingHistory;
import dev.ormshell.repl.editing.ShellCompleter;
import dev.ormshell.repl.editing.ShellHighlighter;
import java.util.List;
import java.util.Map;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Completer;
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
 *
 * <p>The terminal can open before the shell has started, its prompt shown at once
 * ({@link #readFirstInputAhead}): Enter and Tab then wait for what the shell provides
 * ({@link #connect}, {@link #attach}).
 */
public final class TerminalInput implements Input {

    private static final String PROMPT = "orm> ";

    private final Terminal terminal;
    private final LineReader reader;
    private final InputParser parser;
    // Whether a Java statement is finished (JShell's answer) and the shell's completions: until
    // the shell has started, Enter and Tab wait for them, and keep the keys typed meanwhile.
    private final CompletableFuture<Predicate<String>> completeness = new CompletableFuture<>();
    private final CompletableFuture<Completer> completions = new CompletableFuture<>();
    private volatile Runnable onInterrupt = () -> { };
    // The first input, read on a thread of its own while the shell starts (null once taken).
    private CompletableFuture<Unit> firstInput;
    private Thread firstInputReader;
    // Lines printed above that prompt, one after another (see printAbove).
    private CompletableFuture<Void> printedAbove = CompletableFuture.completedFuture(null);
    private int lineNumber;

    public TerminalInput(Predicate<String> isComplete, Path historyFile, Runnable onInterrupt) {
        this(historyFile);
        connect(isComplete, onInterrupt);
    }

    /** Opens the terminal and the line reader; {@link #connect} gives them the shell's evaluator. */
    public TerminalInput(Path historyFile) {
        try {
            // Without the grapheme-cluster probe: it asks the terminal for a mode and reads the
            // answer, and swallowed with it the keys typed before the shell started (e.g. 1+41
            // typed at 0.3 s). The cost: a terminal that could join emoji sequences into one
            // cell is not asked to, as most terminals do not anyway.
            // JNI first: on Java 22+ JLine would take FFM, whose calls are linked at run time
            // (about 70 ms more CPU before the prompt on Java 25, measured); on 17 it would
            // try FFM's classes and fail. Both need the native access shell.sh grants.
            terminal = TerminalBuilder.builder().system(true).providers("jni,exec,ffm").graphemeCluster(false).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // JLine reads Ctrl-C itself while editing; this handler only fires while user code runs.
        terminal.handle(Terminal.Signal.INT, signal -> this.onInterrupt.run());
        prepareHistory(historyFile);
        parser = new InputParser(line -> completeness.join().test(line));
        reader = LineReaderBuilder.builder()
                .appName("orm-shell")
                .terminal(terminal)
                .parser(parser)
                .completer((lineReader, line, candidates) -> completions.join().complete(lineReader, line, candidates))
                .history(new MaskingHistory())
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "...> ")
                .variable(LineReader.HISTORY_IGNORE, " *")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .build();
        bindCursorKeysOutsideKeypadMode();
    }

    /**
     * JLine binds the cursor keys as terminfo names them, in the keypad mode it turns on while it
     * reads ("\033OD" for Left on xterm and tmux). Outside that mode terminals send "\033[D": keys
     * typed after shell.sh's prompt and before Java had the terminal came so, and showed as "[D" in
     * the line. Bound to whatever their keypad form is bound to, where nothing else has them.
     */
    private void bindCursorKeysOutsideKeypadMode() {
        KeyMap<Binding> keys = reader.getKeyMaps().get(LineReader.MAIN);
        Map<InfoCmp.Capability, String> normalMode = Map.of(InfoCmp.Capability.key_up, "\033[A",
                InfoCmp.Capability.key_down, "\033[B", InfoCmp.Capability.key_right, "\033[C",
                InfoCmp.Capability.key_left, "\033[D", InfoCmp.Capability.key_home, "\033[H",
                InfoCmp.Capability.key_end, "\033[F");
        normalMode.forEach((key, sequence) -> {
            String keypad = KeyMap.key(terminal, key);
            Binding binding = keypad == null || keypad.isEmpty() ? null : keys.getBound(keypad);
            if (binding != null && keys.getBound(sequence) == null) {
                keys.bind(binding, sequence);
            }
        });
    }

    /** What tells a finished Java statement (Enter waits for it) and what Ctrl-C does while code runs. */
    public void connect(Predicate<String> isComplete, Runnable interrupt) {
        onInterrupt = interrupt;
        completeness.complete(isComplete);
    }

    /**
     * Shows the prompt now and reads the first input on a thread of its own, while the shell
     * starts on others; {@link #next} returns that input. Until {@link #connect}, Enter waits.
     */
    public void readFirstInputAhead() {
        CompletableFuture<Unit> first = new CompletableFuture<>();
        firstInputReader = new Thread(() -> {
            try {
                takeOverLaunchersPrompt();
                first.complete(read());
            } catch (RuntimeException | Error e) {
                first.completeExceptionally(e);
            }
        }, "first input");
        firstInputReader.setDaemon(true);
        firstInput = first;
        firstInputReader.start();
    }

    /**
     * shell.sh prints the prompt itself before it starts the JVM (see there), and the terminal echoes
     * what is typed after it. JLine draws its prompt from where the cursor is, so the line is
     * cleared first: JLine then shows the prompt again with the keys typed so far, which it reads
     * from the terminal (nothing was taken from it yet).
     */
    private void takeOverLaunchersPrompt() {
        if (System.getenv(LAUNCHER_PROMPT) != null) {
            terminal.puts(InfoCmp.Capability.carriage_return);
            terminal.puts(InfoCmp.Capability.clr_eol);
            terminal.flush();
        }
    }

    /** Set by shell.sh when it has printed the prompt (the same text as {@link #PROMPT}) before starting Java. */
    static final String LAUNCHER_PROMPT = "ORMSHELL_LAUNCHER_PROMPT";

    /**
     * Prints a line above the prompt that is already showing (JLine redraws the prompt and what is
     * typed below it), or where the cursor is once the prompt has gone. It never waits: a thread
     * printing while the reader waits for the shell (Enter pressed early) would wait for itself.
     */
    public synchronized void printAbove(String text) {
        printedAbove = printedAbove.thenRunAsync(() -> reader.printAbove(text), task -> {
            Thread thread = new Thread(task, "print above the prompt");
            thread.setDaemon(true);
            thread.start();
        });
    }

    @Override
    public void announce(String text, Output output) {
        aboveThePromptOr(text, output::println);
    }

    @Override
    public void announceError(String text, Output output) {
        aboveThePromptOr(text, output::error);
    }

    // Above the prompt while the first input is read ahead, else as the shell prints.
    private void aboveThePromptOr(String text, java.util.function.Consumer<String> print) {
        if (firstInput != null) {
            printAbove(text);
        } else {
            print.accept(text);
        }
    }

    /** Completion, colours and Shift-Tab docs need the shell: its commands, evaluator and database. */
    @Override
    public void attach(Shell shell) {
        parser.setSyntaxOfCommand(name -> shell.commandNamed(name).map(ShellCommand::argumentSyntax).orElse(null));
        LineReaderImpl impl = (LineReaderImpl) reader;
        completions.complete(new ShellCompleter(shell));
        impl.setHighlighter(new ShellHighlighter(name -> shell.commandNamed(name).map(ShellCommand::argumentSyntax).orElse(null)));
        shell.setWidth(() -> terminal.getWidth() > 0 ? terminal.getWidth() : Integer.MAX_VALUE);
        shell.inputs().listen(new ProgressLine(terminal, shell.db().database().dataSource().progress()));
        reader.getWidgets().put("ormshell-doc", () -> showDocumentation(shell));
        KeyMap<Binding> keys = reader.getKeyMaps().get(LineReader.MAIN);
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
        if (firstInput != null) {
            Unit first = firstInput.join();
            firstInput = null;
            waitForPrintedAbove(); // the banner, say, before what the first input prints
            return first;
        }
        return read();
    }

    private Unit read() {
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

    // Ends the reading of the first input when the shell did not start: the terminal is given
    // back as it was before the error is printed.
    private void abandonFirstInput() {
        completeness.complete(line -> true);
        completions.complete((lineReader, line, candidates) -> { });
        firstInputReader.interrupt(); // JLine's readLine ends as on Ctrl-C
        try {
            firstInput.get(2, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // Closing anyway.
        }
        firstInput = null;
        waitForPrintedAbove();
    }

    private void waitForPrintedAbove() {
        CompletableFuture<Void> printed;
        synchronized (this) {
            printed = printedAbove;
        }
        try {
            printed.get(2, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // What could not be printed in time is not worth waiting for longer.
        }
    }

    @Override
    public void close() {
        if (firstInput != null) {
            abandonFirstInput();
        }
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (IOException ignored) {
            // Leaving anyway.
        }
    }
}
