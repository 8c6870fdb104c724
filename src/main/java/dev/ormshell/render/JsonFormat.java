package dev.ormshell.render;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.MinimalPrettyPrinter;

/**
 * A JSON array of objects, one per row, written by Jackson's streaming generator: numbers and
 * booleans as JSON numbers and booleans, NULL as {@code null} (the string "null" stays a string),
 * dates and times as ISO 8601 strings, bytes as Base64, anything else as its text. One row per
 * line. A column name that repeats gets a suffix ({@code id}, {@code id_2}) so no key is lost.
 */
public final class JsonFormat implements OutputFormat {

    // The caller owns the writer: closing the generator must not close it.
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public long write(Rows rows, Writer out, int width) throws IOException {
        List<String> keys = distinct(rows.headers());
        long written = 0;
        try (JsonGenerator json = JSON.createGenerator(new OneRowPerLine(), out)) {
            json.writeStartArray();
            for (Iterator<? extends List<?>> all = rows.iterator(); all.hasNext(); written++) {
                List<?> row = all.next();
                json.writeStartObject();
                for (int c = 0; c < keys.size(); c++) {
                    json.writeName(keys.get(c));
                    value(json, row.get(c));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (JacksonException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
        out.write('\n');
        return written;
    }

    private static void value(JsonGenerator json, Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof BigInteger integer) {
            json.writeNumber(integer);
        } else if (value instanceof Double || value instanceof Float) {
            json.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Number number) {
            json.writeNumber(number.longValue());
        } else if (value instanceof byte[] bytes) {
            json.writeBinary(bytes);
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray();
            items.forEach(item -> value(json, item));
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            map.forEach((key, item) -> {
                json.writeName(String.valueOf(key));
                value(json, item);
            });
            json.writeEndObject();
        } else {
            json.writeString(CellText.of(value));
        }
    }

    private static List<String> distinct(List<String> headers) {
        Set<String> seen = new HashSet<>();
        List<String> keys = new ArrayList<>();
        for (String header : headers) {
            String key = header;
            for (int n = 2; !seen.add(key); n++) {
                key = header + "_" + n;
            }
            keys.add(key);
        }
        return keys;
    }

    /** Compact JSON with each element of the outer array on a line of its own. */
    private static final class OneRowPerLine extends ObjectWriteContext.Base {
        private final PrettyPrinter printer = new MinimalPrettyPrinter() {
            @Override
            public void beforeArrayValues(JsonGenerator g) {
                if (outer(g)) {
                    g.writeRaw("\n");
                }
            }

            @Override
            public void writeArrayValueSeparator(JsonGenerator g) {
                g.writeRaw(outer(g) ? ",\n" : ",");
            }

            @Override
            public void writeEndArray(JsonGenerator g, int values) {
                g.writeRaw(outer(g) && values > 0 ? "\n]" : "]");
            }

            @Override
            public void writeObjectNameValueSeparator(JsonGenerator g) {
                g.writeRaw(": ");
            }

            @Override
            public void writeObjectEntrySeparator(JsonGenerator g) {
                g.writeRaw(", ");
            }
        };

        private static boolean outer(JsonGenerator g) {
            TokenStreamContext array = g.streamWriteContext();
            return array.getParent() != null && array.getParent().inRoot();
        }

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return printer;
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }
}
