package dev.ormshell.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Predicate;

/**
 * A script read line by line: a file given to {@code run}, or standard input when it is not a
 * terminal. Lines are joined until they form a complete Java statement.
 */
public final class ScriptInput implements Input {

    private final BufferedReader reader;
    private final String name;
    private final Predicate<String> isComplete;
    private int lineNumber;

    public ScriptInput(BufferedReader reader, String name, Predicate<String> isComplete) {
        this.reader = reader;
        this.name = name;
        this.isComplete = isComplete;
    }

    @Override
    public Unit next() {
        StringBuilder pending = new StringBuilder();
        int firstLine = 0;
        String line;
        while ((line = readLine()) != null) {
            if (pending.isEmpty()) {
                if (line.isBlank()) {
                    continue;
                }
                firstLine = lineNumber;
                if (InputLine.isCommand(line)) {
                    return new Unit(line.strip(), firstLine);
                }
            }
            pending.append(line).append('\n');
            if (isComplete.test(pending.toString())) {
                return new Unit(pending.toString(), firstLine);
            }
        }
        // At the end an unfinished statement is still handed over: evaluating it reports what is missing.
        return pending.isEmpty() ? null : new Unit(pending.toString(), firstLine);
    }

    private String readLine() {
        try {
            String line = reader.readLine();
            if (line != null) {
                lineNumber++;
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // Nothing was written through it.
        }
    }
}
