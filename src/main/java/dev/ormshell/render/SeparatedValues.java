package dev.ormshell.render;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/** What CSV and TSV share: a header line, then one line per row, fields between separators. */
record SeparatedValues(char separator, String lineEnd, Function<Object, String> field) {

    long write(Rows rows, Writer out) throws IOException {
        line(rows.headers(), out);
        long written = 0;
        for (Iterator<? extends List<?>> all = rows.iterator(); all.hasNext(); written++) {
            line(all.next(), out);
        }
        return written;
    }

    private void line(List<?> cells, Writer out) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.write(separator);
            }
            out.write(field.apply(cells.get(c)));
        }
        out.write(lineEnd);
    }
}
