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

    private SqlTypes() {
    }

    public static boolean same(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    static String canonical(String type) {
        String t = type.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int paren = t.indexOf('(');
        String base = paren < 0 ? t : t.substring(0, paren).strip();
        String size = paren < 0 ? "" : t.substring(paren).replace(" ", "");
        base = base.replace(" unsigned", "");
        base = SYNONYMS.getOrDefault(base, base);
        return SIZED.contains(base) ? base + size : base;
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
        if (typeName.contains("(") || !SIZED.contains(base) || size <= 0) {
            return typeName;
        }
        return base.equals("numeric") ? typeName + "(" + size + "," + decimalDigits + ")" : typeName + "(" + size + ")";
    }
}
