package dev.ormshell.repl.editing;

import dev.ormshell.repl.ArgumentSyntax;
import dev.ormshell.repl.InputLine;
import java.util.List;
import java.util.function.Function;
import org.jline.reader.CompletingParsedLine;

/**
 * The word Tab completes: the identifier just before the cursor (or, for a file name, everything
 * back to the last space). Candidates replace exactly this word, which is also where JShell
 * anchors its suggestions.
 */
record CompletionWord(String line, int cursor, int start) implements CompletingParsedLine {

    static CompletionWord at(String line, int cursor, Function<String, ArgumentSyntax> syntaxOfCommand) {
        InputLine input = InputLine.of(line);
        boolean fileName = input.isCommand() && input.argumentsStart() >= 0 && cursor >= input.argumentsStart()
                && syntaxOfCommand.apply(input.commandName()) == ArgumentSyntax.FILE;
        int start = cursor;
        while (start > 0 && (fileName ? !Character.isWhitespace(line.charAt(start - 1))
                : Character.isJavaIdentifierPart(line.charAt(start - 1)))) {
            start--;
        }
        return new CompletionWord(line, cursor, start);
    }

    @Override
    public String word() {
        return line.substring(start, cursor);
    }

    @Override
    public int wordCursor() {
        return cursor - start;
    }

    @Override
    public int wordIndex() {
        return 0;
    }

    @Override
    public List<String> words() {
        return List.of(word());
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
        return candidate;
    }

    @Override
    public int rawWordCursor() {
        return wordCursor();
    }

    @Override
    public int rawWordLength() {
        return cursor - start;
    }
}
