package dev.ormshell.render;

import java.util.List;

/**
 * Rows to show: column headers, the rows' cells (plain values), and how many further rows were
 * left out. Commands build them from entities or JDBC; formats turn them into text.
 *
 * @param headers the column names
 * @param rows    the cells of each row, as many as there are headers
 * @param omitted rows that exist but were not fetched ("… N more"); 0 when all are here
 */
public record Rows(List<String> headers, List<List<Object>> rows, long omitted) {

    public Rows {
        headers = List.copyOf(headers);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row))).toList();
    }

    public Rows(List<String> headers, List<List<Object>> rows) {
        this(headers, rows, 0);
    }

    /** The text of one cell: {@code toString()} of the value, "null" for none, newlines shown as ⏎. */
    public static String cell(Object value) {
        return value == null ? "null" : String.valueOf(value).replace("\r\n", "⏎").replace('\n', '⏎');
    }

    /** The closing line under a table: how many rows, and how many more were left out. */
    public String footer() {
        String shown = rows.size() == 1 ? "(1 row" : "(" + rows.size() + " rows";
        return omitted > 0 ? shown + ", … " + omitted + " more)" : shown + ")";
    }
}
