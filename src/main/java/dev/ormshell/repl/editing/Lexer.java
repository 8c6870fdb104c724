package dev.ormshell.repl.editing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits input into the spans a highlighter colours: keywords, string literals, numbers and
 * comments. It is forgiving: unfinished strings and comments run to the end of the text, as
 * they do while the user is still typing.
 */
public final class Lexer {

    public enum Kind { KEYWORD, STRING, NUMBER, COMMENT }

    /** A span of the text, from start (inclusive) to end (exclusive). */
    public record Token(Kind kind, int start, int end) {
    }

    private Lexer() {
    }

    public static List<Token> tokens(String text, Language language) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int end;
            if (text.startsWith(language.lineComment(), i)) {
                end = text.indexOf('\n', i);
                tokens.add(new Token(Kind.COMMENT, i, end < 0 ? n : end));
            } else if (text.startsWith("/*", i)) {
                end = text.indexOf("*/", i + 2);
                tokens.add(new Token(Kind.COMMENT, i, end < 0 ? n : end + 2));
            } else if (language == Language.JAVA && text.startsWith("\"\"\"", i)) {
                end = text.indexOf("\"\"\"", i + 3);
                tokens.add(new Token(Kind.STRING, i, end < 0 ? n : end + 3));
            } else if (c == '\'' || (c == '"' && language == Language.JAVA)) {
                tokens.add(new Token(Kind.STRING, i, closingQuote(text, i, language)));
            } else if (Character.isDigit(c)) {
                end = i;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.'
                        || text.charAt(end) == '_')) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, i, end));
            } else if (Character.isJavaIdentifierStart(c)) {
                end = i;
                while (end < n && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                if (language.isKeyword(text.substring(i, end)) && !(i > 0 && text.charAt(i - 1) == '.')) {
                    tokens.add(new Token(Kind.KEYWORD, i, end));
                }
                i = end;
                continue;
            } else {
                i++;
                continue;
            }
            i = tokens.get(tokens.size() - 1).end();
        }
        return tokens;
    }

    // Java escapes with a backslash; SQL doubles the quote ('it''s').
    private static int closingQuote(String text, int open, Language language) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (language == Language.JAVA && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (language != Language.JAVA && i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (c == '\n' && language == Language.JAVA) {
                return i;
            }
            i++;
        }
        return text.length();
    }
}
