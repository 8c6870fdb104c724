package dev.ormshell.render;

import java.io.IOException;
import java.io.Writer;

/**
 * Tab-separated values in the text format of PostgreSQL's COPY and MySQL's LOAD DATA: a header
 * line, NULL as {@code \N}, and tab, line break and backslash escaped as {@code \t}, {@code \n},
 * {@code \r} and {@code \\}, so every row is one line.
 */
public final class TsvFormat implements OutputFormat {

    private static final SeparatedValues TSV = new SeparatedValues('\t', "\n", TsvFormat::field);

    @Override
    public long write(Rows rows, Writer out, int width) throws IOException {
        return TSV.write(rows, out);
    }

    private static String field(Object value) {
        if (value == null) {
            return "\\N";
        }
        String text = CellText.of(value);
        StringBuilder escaped = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(ch);
            }
        }
        return escaped.toString();
    }
}
