package dev.ormshell.render;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Turns the value of an expression into the text the shell prints: {@code toString()} for
 * objects, the model's own text for its entities (so they show as {@code <Role 'Admin'>} or
 * {@code <Owner 1>}), Java literals for strings and chars, and collections cut after a number of
 * items with "… N more".
 */
public final class ValueRenderer {

    private final int maxItems;
    // The text of an object of the model, or null for any other value.
    private final Function<Object, String> modelText;

    public ValueRenderer(int maxItems) {
        this(maxItems, value -> null);
    }

    public ValueRenderer(int maxItems, Function<Object, String> modelText) {
        this.maxItems = maxItems;
        this.modelText = modelText;
    }

    public String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence s && !(value instanceof RawText)) {
            return quote(s.toString(), '"');
        }
        if (value instanceof Character c) {
            return quote(c.toString(), '\'');
        }
        String model = modelText.apply(value);
        if (model != null) {
            return model;
        }
        if (value instanceof Collection<?> collection) {
            return sequence(collection.iterator(), collection.size(), "[", "]");
        }
        if (value instanceof Map<?, ?> map) {
            StringJoiner out = new StringJoiner(", ", "{", "}");
            int shown = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (shown++ == maxItems) {
                    out.add("… " + (map.size() - maxItems) + " more");
                    break;
                }
                out.add(render(entry.getKey()) + "=" + render(entry.getValue()));
            }
            return out.toString();
        }
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            Iterator<Object> items = new Iterator<>() {
                int i;

                @Override
                public boolean hasNext() {
                    return i < length;
                }

                @Override
                public Object next() {
                    return Array.get(value, i++);
                }
            };
            return sequence(items, length, "{", "}");
        }
        return String.valueOf(value);
    }

    private String sequence(Iterator<?> items, int size, String open, String close) {
        StringJoiner out = new StringJoiner(", ", open, close);
        int shown = 0;
        while (items.hasNext()) {
            if (shown == maxItems) {
                out.add("… " + (size - maxItems) + " more");
                break;
            }
            out.add(render(items.next()));
            shown++;
        }
        return out.toString();
    }

    private static String quote(String s, char quote) {
        StringBuilder out = new StringBuilder().append(quote);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c == quote) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.append(quote).toString();
    }
}
