package dev.ormshell.orm;

/**
 * Quotes a string the way the chapter's {@code %r} does, so {@code toString()} reads
 * {@code <Role 'Admin'>}, and the shell's own form of an entity keyed by text {@code <Country 'NL'>}.
 */
public final class Repr {

    private Repr() {
    }

    public static String quoted(String s) {
        if (s == null) {
            return "None";
        }
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c == quote) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.append(quote).toString();
    }
}
