package dev.ormshell.repl;

import dev.ormshell.render.OutputFormat;
import dev.ormshell.render.OutputFormats;
import dev.ormshell.render.Rows;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.IntSupplier;

/**
 * Where the rows of /sql, /hql and /table go: the screen, in the current format and up to the
 * row limit, or a whole result to a file, streamed.
 */
public final class Results {

    /** How many rows a table shows at first (/rows changes it). */
    public static final int DEFAULT_LIMIT = 100;

    private final Output output;
    private IntSupplier width = () -> Integer.MAX_VALUE;
    private String format = "table";
    private int limit = DEFAULT_LIMIT;

    Results(Output output) {
        this.output = output;
    }

    public String format() {
        return format;
    }

    /** Sets the format by name (see {@link OutputFormats#NAMES}); false if there is none of that name. */
    public boolean useFormat(String name) {
        return OutputFormats.find(name).map(found -> {
            format = found;
            return true;
        }).orElse(false);
    }

    /** How many rows are shown on screen; {@link Integer#MAX_VALUE} for all. */
    public int limit() {
        return limit;
    }

    public void setLimit(int rows) {
        limit = rows;
    }

    void setWidth(IntSupplier width) {
        this.width = width;
    }

    /** The terminal's width; unlimited when the output is not a terminal. */
    public int width() {
        return width.getAsInt();
    }

    /** Prints rows in the current format, as wide as the terminal (unlimited when not a terminal). */
    public void print(Rows rows) {
        StringWriter text = new StringWriter();
        try {
            long shown = OutputFormats.named(format, output.colour(), false).write(rows, text, width.getAsInt());
            output.println(text.toString().stripTrailing());
            long omitted = rows.omitted();
            if (omitted > 0 && !OutputFormats.countsRows(format)) {
                output.notice("(" + shown + " rows shown, … " + omitted + " more: /rows sets how many, or end the command with > FILE)");
            }
        } catch (IOException cannotHappen) {
            throw new java.io.UncheckedIOException(cannotHappen);
        }
    }

    /**
     * Writes every row to the file, in the format its extension names (.csv, .tsv, .json, .md),
     * else in the current one; returns how many rows it wrote. The file appears only once it is
     * whole: a failure half way leaves an existing file as it was.
     */
    public long write(Rows rows, Path file) throws IOException {
        String name = OutputFormats.forFile(file).orElse(format);
        OutputFormat chosen = OutputFormats.named(name, false, true);
        Path folder = file.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(folder, "." + file.getFileName(), ".part");
        try {
            long written;
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                written = chosen.write(rows, out, Integer.MAX_VALUE);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
