package dev.ormshell.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Rows to show or write: column headers, the rows' cells (plain values) and how many further
 * rows were left out. The rows are read once, in order, so that a million of them can go from a
 * JDBC result to a file without being held in memory.
 */
public final class Rows {

    private final List<String> headers;
    private final Iterator<? extends List<?>> rows;
    private final LongSupplier omitted;

    public Rows(List<String> headers, List<? extends List<?>> rows) {
        this(headers, rows, 0);
    }

    /** Rows held in memory; {@code omitted} rows exist but were not fetched ("… N more"). */
    public Rows(List<String> headers, List<? extends List<?>> rows, long omitted) {
        this(headers, copy(rows).iterator(), () -> omitted);
    }

    private Rows(List<String> headers, Iterator<? extends List<?>> rows, LongSupplier omitted) {
        this.headers = List.copyOf(headers);
        this.rows = rows;
        this.omitted = omitted;
    }

    /** Rows read as they come; {@code omitted} is asked only once the last row was read. */
    public static Rows streaming(List<String> headers, Iterator<? extends List<?>> rows, LongSupplier omitted) {
        return new Rows(headers, rows, omitted);
    }

    public List<String> headers() {
        return headers;
    }

    /** The rows, each as many cells as there are headers; there is only one pass over them. */
    public Iterator<? extends List<?>> iterator() {
        return rows;
    }

    /** How many rows exist beyond those read; known once every row was read. */
    public long omitted() {
        return omitted.getAsLong();
    }

    /** The closing line under a table: how many rows, and how many more were left out. */
    public static String footer(long shown, long omitted) {
        String text = shown == 1 ? "(1 row" : "(" + shown + " rows";
        return omitted > 0 ? text + ", … " + omitted + " more)" : text + ")";
    }

    private static List<List<Object>> copy(List<? extends List<?>> rows) {
        List<List<Object>> copied = new ArrayList<>(rows.size());
        rows.forEach(row -> copied.add(Collections.unmodifiableList(new ArrayList<>(row))));
        return copied;
    }
}
