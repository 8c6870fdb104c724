package dev.ormshell.render;

/** One way of printing rows (a table, one record per block …); a new format is a new class. */
public interface OutputFormat {

    /** The rows as text, at most {@code width} columns wide where the format can manage it. */
    String format(Rows rows, int width);
}
