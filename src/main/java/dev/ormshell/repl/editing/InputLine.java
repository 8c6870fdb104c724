package dev.ormshell.repl.editing;

/**
 * Where the parts of an input line are: whether it is a {@code /command}, its name, and where
 * its arguments begin. The completer and the highlighter read lines the same way.
 */
record InputLine(String text, int commandStart, int commandEnd, int argumentsStart) {

    static InputLine of(String text) {
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

    boolean isCommand() {
        return commandStart >= 0;
    }

    /** The command's name without the slash, as typed so far. */
    String commandName() {
        return text.substring(commandStart + 1, commandEnd);
    }
}
