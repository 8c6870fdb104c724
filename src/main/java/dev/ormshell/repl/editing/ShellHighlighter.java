package dev.ormshell.repl.editing;

import dev.ormshell.repl.ArgumentSyntax;
import dev.ormshell.repl.InputLine;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the input as it is typed: Java, a {@code /command} name, and the SQL or HQL after
 * {@code /sql} and {@code /hql} (Java after {@code /table} and {@code /doc}).
 */
public final class ShellHighlighter implements Highlighter {

    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT + AttributedStyle.BLACK);
    private static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);

    private final Function<String, ArgumentSyntax> syntaxOfCommand;

    /** @param syntaxOfCommand what the arguments of the named command (without slash) are written in; null if unknown */
    public ShellHighlighter(Function<String, ArgumentSyntax> syntaxOfCommand) {
        this.syntaxOfCommand = syntaxOfCommand;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    public AttributedString highlight(String buffer) {
        AttributedStyle[] styles = new AttributedStyle[buffer.length()];
        InputLine line = InputLine.of(buffer);
        if (line.isCommand()) {
            fill(styles, line.commandStart(), line.commandEnd(), COMMAND);
            ArgumentSyntax syntax = syntaxOfCommand.apply(line.commandName());
            Language language = syntax == null ? null : switch (syntax) {
                case JAVA -> Language.JAVA;
                case SQL -> Language.SQL;
                case HQL -> Language.HQL;
                default -> null;
            };
            if (language != null && line.argumentsStart() >= 0) {
                colour(styles, buffer, line.argumentsStart(), language);
            }
        } else {
            colour(styles, buffer, 0, Language.JAVA);
        }
        AttributedStringBuilder out = new AttributedStringBuilder();
        for (int i = 0; i < buffer.length(); i++) {
            out.style(styles[i] == null ? AttributedStyle.DEFAULT : styles[i]).append(buffer.charAt(i));
        }
        return out.toAttributedString();
    }

    private static void colour(AttributedStyle[] styles, String buffer, int from, Language language) {
        for (Lexer.Token token : Lexer.tokens(buffer.substring(from), language)) {
            AttributedStyle style = switch (token.kind()) {
                case KEYWORD -> KEYWORD;
                case STRING -> STRING;
                case NUMBER -> NUMBER;
                case COMMENT -> COMMENT;
            };
            fill(styles, from + token.start(), from + token.end(), style);
        }
    }

    private static void fill(AttributedStyle[] styles, int start, int end, AttributedStyle style) {
        for (int i = start; i < end; i++) {
            styles[i] = style;
        }
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // Errors are reported after evaluation, not while typing.
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // As above.
    }
}
