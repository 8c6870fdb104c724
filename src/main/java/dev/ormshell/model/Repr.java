package dev.ormshell.model;

/**
 * Quotes a string the way the chapter's {@code %r} does, so {@code toString()} reads {@code <Role 'Admin'>};
 * a null is Java's {@code null}, not Python's {@code None}.
 */
final class Repr {

    private Repr() {
    }

    static String quoted(String s) {
        if (s == null) {
            return "null";
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
