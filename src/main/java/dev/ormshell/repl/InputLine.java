package dev.ormshell.repl;

/**
 * Whether an input line is a {@code /command} (the one place that decides it), its name, and
 * where its arguments begin. The loop, scripts, the completer and the highlighter read lines
 * through it, so they cannot disagree: {@code //} and {@code /*} start Java comments.
 */
public record InputLine(String text, int commandStart, int commandEnd, int argumentsStart) {

    public static InputLine of(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        boolean command = text.startsWith("/", start) && !text.startsWith("//", start) && !text.startsWith("/*", start);
        if (!command) {
            return new InputLine(text, -1, -1, -1);
        }
        int end = start + 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        int arguments = end;
        while (arguments < text.length() && Character.isWhitespace(text.charAt(arguments))) {
            arguments++;
        }
        return new InputLine(text, start, end, end < text.length() ? arguments : -1);
    }

    /** Whether the text is a shell command rather than Java. */
    public static boolean isCommand(String text) {
        return of(text).isCommand();
    }

    public boolean isCommand() {
        return commandStart >= 0;
    }

    /** The command's name without the slash, as typed so far. */
    public String commandName() {
        return text.substring(commandStart + 1, commandEnd);
    }

    /** The rest of the line after the command's name, stripped ("" when there is none). */
    public String arguments() {
        return argumentsStart < 0 ? "" : text.substring(argumentsStart).strip();
    }
}
