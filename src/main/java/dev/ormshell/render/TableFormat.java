package dev.ormshell.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Rows as an aligned table with a header line, as psql prints them. When the table is wider
 * than the terminal, the widest columns are cut (ending in "…") until it fits; when even that
 * cannot make it fit, the rows are printed one record per block instead. Column widths come
 * from the first {@code page} rows, so a file of a million rows is written without holding them.
 */
public final class TableFormat implements OutputFormat {

    /** How null shows on screen: never like the string "null". */
    public static final String NULL = "<null>";

    private static final int NARROWEST = 4;
    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";

    private final boolean colour;
    private final int page;

    /** A table measured over all its rows (for the screen, which shows a limited number). */
    public TableFormat(boolean colour) {
        this(colour, Integer.MAX_VALUE);
    }

    public TableFormat(boolean colour, int page) {
        this.colour = colour;
        this.page = page;
    }

    /** The text of a cell on screen: null as {@link #NULL}, newlines as ⏎. */
    static String cell(Object value) {
        return value == null ? NULL : CellText.of(value).replace("\r\n", "⏎").replace('\n', '⏎');
    }

    /** The rows as one text, for a value that prints itself (a query's plan). */
    public String text(Rows rows, int width) {
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            write(rows, text, width);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString().stripTrailing();
    }

    @Override
    public long write(Rows rows, Writer out, int width) throws IOException {
        Iterator<? extends List<?>> source = rows.iterator();
        List<List<?>> first = new ArrayList<>();
        while (first.size() < page && source.hasNext()) {
            first.add(source.next());
        }
        int columns = rows.headers().size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = rows.headers().get(c).length();
        }
        for (List<?> row : first) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], cell(row.get(c)).length());
            }
        }
        int natural = total(widths);
        if (!fit(widths, width)) {
            Iterator<List<?>> again = first.iterator();
            return new VerticalFormat(colour).write(Rows.streaming(rows.headers(),
                    new Concatenated(again, source), rows::omitted), out, width);
        }
        boolean cut = total(widths) < natural;
        String header = line(new ArrayList<>(rows.headers()), widths, false);
        out.write(colour ? BOLD + header + RESET : header);
        out.write('\n');
        List<String> rules = new ArrayList<>();
        for (int w : widths) {
            rules.add("-".repeat(w));
        }
        out.write(String.join("-+-", rules));
        out.write('\n');
        long written = 0;
        for (Iterator<? extends List<?>> all = new Concatenated(first.iterator(), source); all.hasNext(); written++) {
            out.write(line(all.next(), widths, cut));
            out.write('\n');
        }
        out.write(Rows.footer(written, rows.omitted()));
        out.write('\n');
        return written;
    }

    /** Narrows the widest column, one character at a time, until the table fits; false if it cannot. */
    private static boolean fit(int[] widths, int width) {
        while (total(widths) > width) {
            int widest = 0;
            for (int c = 1; c < widths.length; c++) {
                if (widths[c] > widths[widest]) {
                    widest = c;
                }
            }
            if (widths[widest] <= NARROWEST) {
                return false;
            }
            widths[widest]--;
        }
        return true;
    }

    private static int total(int[] widths) {
        int sum = Math.max(0, widths.length - 1) * 3;
        for (int w : widths) {
            sum += w;
        }
        return sum;
    }

    // A cell wider than its column (a later row than those measured) is written whole unless the table had to be cut.
    private static String line(List<?> cells, int[] widths, boolean cut) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            Object value = cells.get(c);
            String text = cell(value);
            if (cut) {
                text = cut(text, widths[c]);
            }
            String padding = " ".repeat(Math.max(0, widths[c] - text.length()));
            parts.add(value instanceof Number ? padding + text : text + padding);
        }
        return String.join(" | ", parts).stripTrailing();
    }

    static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /** The rows already read, then the rest. */
    private record Concatenated(Iterator<? extends List<?>> first, Iterator<? extends List<?>> rest)
            implements Iterator<List<?>> {
        @Override
        public boolean hasNext() {
            return first.hasNext() || rest.hasNext();
        }

        @Override
        public List<?> next() {
            return first.hasNext() ? first.next() : rest.next();
        }
    }
}
