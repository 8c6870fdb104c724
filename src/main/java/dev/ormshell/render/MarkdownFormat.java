package dev.ormshell.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A Markdown (GitHub) table, for lesson notes and documentation: numbers right-aligned (as the
 * first row has them), NULL in italics as {@code *NULL*}, and the characters Markdown would read
 * ({@code | \ * _ `}) escaped, line breaks as {@code <br>}.
 */
public final class MarkdownFormat implements OutputFormat {

    @Override
    public long write(Rows rows, Writer out, int width) throws IOException {
        Iterator<? extends List<?>> all = rows.iterator();
        List<?> first = all.hasNext() ? all.next() : null;
        line(rows.headers().stream().map(MarkdownFormat::escape).toList(), out);
        List<String> rules = new ArrayList<>();
        for (int c = 0; c < rows.headers().size(); c++) {
            rules.add(first != null && first.get(c) instanceof Number ? "---:" : "---");
        }
        line(rules, out);
        if (first == null) {
            return 0;
        }
        long written = 0;
        for (List<?> row = first; row != null; row = all.hasNext() ? all.next() : null) {
            line(row.stream().map(value -> value == null ? "*NULL*" : escape(CellText.of(value))).toList(), out);
            written++;
        }
        return written;
    }

    private static void line(List<String> cells, Writer out) throws IOException {
        out.write("| ");
        out.write(String.join(" | ", cells));
        out.write(" |\n");
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '|', '\\', '*', '_', '`' -> escaped.append('\\').append(ch);
                case '\n' -> escaped.append("<br>");
                case '\r' -> { }
                default -> escaped.append(ch);
            }
        }
        return escaped.toString();
    }
}
