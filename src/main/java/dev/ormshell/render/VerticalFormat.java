package dev.ormshell.render;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;

/** Rows one record per block, "column | value" per line: for rows too wide for a table (psql's \x). */
public final class VerticalFormat implements OutputFormat {

    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";

    private final boolean colour;

    public VerticalFormat(boolean colour) {
        this.colour = colour;
    }

    @Override
    public long write(Rows rows, Writer out, int width) throws IOException {
        int nameWidth = Math.max(1, rows.headers().stream().mapToInt(String::length).max().orElse(0));
        int valueWidth = Math.max(1, width - nameWidth - 3);
        long number = 0;
        for (Iterator<? extends List<?>> all = rows.iterator(); all.hasNext(); ) {
            List<?> row = all.next();
            String title = "-[ RECORD " + ++number + " ]";
            out.write(colour ? BOLD + title + RESET : title);
            out.write('\n');
            for (int c = 0; c < rows.headers().size(); c++) {
                out.write(String.format("%-" + nameWidth + "s", rows.headers().get(c)));
                out.write(" | ");
                out.write(TableFormat.cut(TableFormat.cell(row.get(c)), valueWidth));
                out.write('\n');
            }
        }
        out.write(Rows.footer(number, rows.omitted()));
        out.write('\n');
        return number;
    }
}
