package dev.ormshell.repl.editing;

import dev.ormshell.repl.ArgumentSyntax;
import dev.ormshell.repl.InputLine;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * How JLine reads the shell's input: Enter on an unfinished Java statement continues it on the
 * next line; Tab completes the word before the cursor ({@link CompletionWord}).
 */
public final class InputParser implements Parser {

    private final Predicate<String> isComplete;
    private volatile Function<String, ArgumentSyntax> syntaxOfCommand = name -> null;

    public InputParser(Predicate<String> isComplete) {
        this.isComplete = isComplete;
    }

    /** Tells the parser which commands take file names (known once the shell exists). */
    public void setSyntaxOfCommand(Function<String, ArgumentSyntax> syntaxOfCommand) {
        this.syntaxOfCommand = syntaxOfCommand;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE) {
            InputLine input = InputLine.of(line);
            if (!line.isBlank() && !input.isCommand() && !isComplete.test(line)) {
                throw new EOFError(-1, cursor, "unfinished statement");
            }
        }
        return CompletionWord.at(line, cursor, syntaxOfCommand);
    }
}
