package dev.ormshell.migrate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How {@code db migrate} learns that a column was renamed rather than dropped and another
 * added: from {@code --rename TABLE.COLUMN=NEW} in scripts, else by asking (as Django's
 * makemigrations does) when a table loses one column and gains one of a compatible type.
 *
 * @param given renames from the command line: "table.column" to the new column name
 * @param ask   asks a yes/no question; null when nobody can answer (no terminal)
 */
public record Renames(Map<String, String> given, Function<String, Boolean> ask) {

    /** Nobody to ask, nothing given: every unanswered candidate is reported as data that is dropped. */
    public static final Renames NONE = new Renames(Map.of(), question -> null);

    public Renames {
        given = Map.copyOf(given);
    }

    /** Reads {@code --rename} values such as {@code users.username=login}. */
    public static Renames of(List<String> options, Function<String, Boolean> ask) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String option : options) {
            if (!option.matches("[\\w$]+\\.[\\w$]+=[\\w$]+")) {
                throw new MigrationException("--rename " + option + ": write it as TABLE.COLUMN=NEW_NAME, e.g. --rename users.username=login");
            }
            String[] parts = option.split("=");
            given.put(parts[0].toLowerCase(java.util.Locale.ROOT), parts[1]);
        }
        return new Renames(given, ask);
    }
}
