package dev.ormshell.render;

import java.io.IOException;
import java.io.Writer;

/**
 * Comma-separated values as RFC 4180 has them: a header record, CRLF line ends, and a field
 * quoted when it holds a comma, a quote (doubled) or a line break. NULL is an empty field and
 * the empty string a quoted one ({@code ""}), as PostgreSQL's COPY … CSV writes them.
 */
public final class CsvFormat implements OutputFormat {

    private static final SeparatedValues CSV = new SeparatedValues(',', "\r\n", CsvFormat::field);

    @Override
    public long write(Rows rows, Writer out, int width) throws IOException {
        return CSV.write(rows, out);
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = CellText.of(value);
        boolean quote = text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
