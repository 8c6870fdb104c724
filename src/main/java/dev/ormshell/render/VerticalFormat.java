package dev.ormshell.render;

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
    public String format(Rows rows, int width) {
        int nameWidth = rows.headers().stream().mapToInt(String::length).max().orElse(0);
        int valueWidth = Math.max(1, width - nameWidth - 3);
        StringBuilder out = new StringBuilder();
        int number = 0;
        for (List<Object> row : rows.rows()) {
            String title = "-[ RECORD " + ++number + " ]";
            out.append(colour ? BOLD + title + RESET : title).append('\n');
            for (int c = 0; c < rows.headers().size(); c++) {
                String name = String.format("%-" + Math.max(1, nameWidth) + "s", rows.headers().get(c));
                out.append(name).append(" | ").append(TableFormat.cut(Rows.cell(row.get(c)), valueWidth)).append('\n');
            }
        }
        return out.append(rows.footer()).toString();
    }
}
