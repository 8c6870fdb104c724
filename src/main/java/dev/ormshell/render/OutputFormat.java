package dev.ormshell.render;

import java.io.IOException;
import java.io.Writer;

/** One way of writing rows (a table, CSV, JSON …); a new format is a new class (see {@link OutputFormats}). */
public interface OutputFormat {

    /**
     * Writes the rows, at most {@code width} columns wide where the format can manage it, and
     * returns how many rows it wrote. Reads the rows once, as they come.
     */
    long write(Rows rows, Writer out, int width) throws IOException;
}
