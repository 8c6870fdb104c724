package dev.ormshell.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows as an aligned table with a header line, as psql prints them. When the table is wider
 * than the terminal, the widest columns are cut (ending in "…") until it fits; when even that
 * cannot make it fit, the rows are printed one record per block instead.
 */
public final class TableFormat implements OutputFormat {

    private static final int NARROWEST = 4;
    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";

    private final boolean colour;

    public TableFormat(boolean colour) {
        this.colour = colour;
    }

    @Override
    public String format(Rows rows, int width) {
        int columns = rows.headers().size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = rows.headers().get(c).length();
        }
        for (List<Object> row : rows.rows()) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], Rows.cell(row.get(c)).length());
            }
        }
        if (!fit(widths, width)) {
            return new VerticalFormat(colour).format(rows, width);
        }
        StringBuilder out = new StringBuilder();
        String header = line(rows.headers().stream().map(h -> (Object) h).toList(), widths);
        out.append(colour ? BOLD + header + RESET : header).append('\n');
        List<String> rules = new ArrayList<>();
        for (int w : widths) {
            rules.add("-".repeat(w));
        }
        out.append(String.join("-+-", rules)).append('\n');
        for (List<Object> row : rows.rows()) {
            out.append(line(row, widths)).append('\n');
        }
        return out.append(rows.footer()).toString();
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

    private static String line(List<Object> cells, int[] widths) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            Object value = cells.get(c);
            String text = cut(Rows.cell(value), widths[c]);
            boolean number = value instanceof Number;
            parts.add(number ? " ".repeat(widths[c] - text.length()) + text : text + " ".repeat(widths[c] - text.length()));
        }
        return String.join(" | ", parts).stripTrailing();
    }

    static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
