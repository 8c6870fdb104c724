package dev.ormshell.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats by name (for /format and --format) and by a file's extension. */
public final class OutputFormats {

    /** Every format's name, the default first. */
    public static final List<String> NAMES = List.of("table", "vertical", "csv", "tsv", "json", "markdown");

    private OutputFormats() {
    }

    /**
     * The format of that name. On screen a table is measured over all its (limited) rows; in a
     * file over its first thousand, so that a million rows are written as they come.
     */
    public static OutputFormat named(String name, boolean colour, boolean toFile) {
        return switch (name) {
            case "table" -> new TableFormat(colour, toFile ? 1000 : Integer.MAX_VALUE);
            case "vertical" -> new VerticalFormat(colour);
            case "csv" -> new CsvFormat();
            case "tsv" -> new TsvFormat();
            case "json" -> new JsonFormat();
            case "markdown" -> new MarkdownFormat();
            default -> throw new IllegalArgumentException("no format " + name);
        };
    }

    /** Whether the format closes with a "(N rows)" line of its own. */
    public static boolean countsRows(String name) {
        return name.equals("table") || name.equals("vertical");
    }

    /** The format a name such as "csv" or "Markdown" means, if any. */
    public static Optional<String> find(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return NAMES.contains(lower) ? Optional.of(lower) : Optional.empty();
    }

    /** The format a file's extension names (.csv, .tsv, .json, .md), if any. */
    public static Optional<String> forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "csv", "tsv", "json" -> Optional.of(extension);
            case "md", "markdown" -> Optional.of("markdown");
            default -> Optional.empty();
        };
    }
}
