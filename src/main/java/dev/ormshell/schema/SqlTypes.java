package dev.ormshell.schema;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares SQL types across the ways products spell them ({@code int4}, {@code INT} and
 * {@code integer} are one type; {@code VARCHAR(64)} and {@code varchar(128)} are not).
 */
public final class SqlTypes {

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("serial", "integer"),
            Map.entry("mediumint", "integer"), Map.entry("int8", "bigint"), Map.entry("bigserial", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("character varying", "varchar"),
            Map.entry("character", "char"), Map.entry("bpchar", "char"), Map.entry("bool", "boolean"),
            Map.entry("float8", "double"), Map.entry("double precision", "double"), Map.entry("float4", "real"),
            Map.entry("decimal", "numeric"), Map.entry("datetime", "timestamp"),
            Map.entry("timestamp without time zone", "timestamp"), Map.entry("timestamptz", "timestamp with time zone"));

    /** Types whose length or precision is part of the type. */
    private static final Set<String> SIZED = Set.of("varchar", "char", "varbinary", "binary", "numeric");

    /** Types whose fractional seconds are part of the type: DATETIME(6) keeps microseconds, DATETIME none. */
    private static final Set<String> FRACTIONAL = Set.of("timestamp", "time");

    private SqlTypes() {
    }

    public static boolean same(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    /** Whether a column of one type could have become a column of the other by a rename (sizes aside). */
    public static boolean compatible(String a, String b) {
        String x = canonical(a).replaceAll("\\(.*", "");
        String y = canonical(b).replaceAll("\\(.*", "");
        Set<String> whole = Set.of("integer", "bigint", "smallint", "tinyint");
        return x.equals(y) || isCharacter(a) && isCharacter(b) || whole.contains(x) && whole.contains(y);
    }

    /** Whether values of the type are text, to which every type converts by assignment. */
    static boolean isCharacter(String type) {
        String base = canonical(type).replaceAll("\\(.*", "");
        return base.equals("varchar") || base.equals("char") || base.equals("text");
    }

    static String canonical(String type) {
        String t = type.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int paren = t.indexOf('(');
        String base = paren < 0 ? t : t.substring(0, paren).strip();
        String size = paren < 0 ? "" : t.substring(paren).replace(" ", "");
        base = base.replace(" unsigned", "");
        base = SYNONYMS.getOrDefault(base, base);
        return SIZED.contains(base) || FRACTIONAL.contains(base) ? base + size : base;
    }

    // PostgreSQL reports the digits; MariaDB only the display size (DATETIME(6) is 26 wide, TIME(6) 17);
    // SQLite's numbers mean nothing (its types are names).
    private static int fractionalDigits(String base, int size, int decimalDigits) {
        if (decimalDigits >= 1 && decimalDigits <= 6) {
            return decimalDigits;
        }
        int width = base.equals("time") ? 10 : 19;
        return size >= width + 2 && size <= width + 7 ? size - width - 1 : 0;
    }

    /**
     * The type in upper case, as the DDL writes types, except its quoted literals: the values of
     * MariaDB's {@code enum('Female','Male')} are the enum constants themselves, case and all.
     */
    public static String upperCase(String type) {
        StringBuilder out = new StringBuilder(type.length());
        boolean quoted = false;
        for (char c : type.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(quoted ? c : Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** The DDL spelling of a type read from JDBC metadata: the name, plus the size where it matters. */
    static String fromMetadata(String typeName, int size, int decimalDigits) {
        String base = SYNONYMS.getOrDefault(typeName.toLowerCase(Locale.ROOT), typeName.toLowerCase(Locale.ROOT));
        if (FRACTIONAL.contains(base) && !typeName.contains("(")) {
            int fraction = fractionalDigits(base, size, decimalDigits);
            return fraction > 0 ? typeName + "(" + fraction + ")" : typeName;
        }
        if (typeName.contains("(") || !SIZED.contains(base) || size <= 0) {
            return typeName;
        }
        return base.equals("numeric") ? typeName + "(" + size + "," + decimalDigits + ")" : typeName + "(" + size + ")";
    }
}
