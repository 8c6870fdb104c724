package dev.ormshell.orm;

import java.util.Map;

/**
 * Fits a value the user typed to the Java type of an attribute or id: {@code get(1)} works for a
 * Long id, {@code filterBy("id", 2L)} for an Integer one; a value of the wrong kind, such as a
 * name where a Role is expected, is a one-line error before any query runs.
 */
final class AttributeValues {

    private static final Map<Class<?>, Class<?>> BOXED = Map.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class, Float.class,
            boolean.class, Boolean.class, char.class, Character.class);

    private AttributeValues() {
    }

    /** The value as the type wants it; {@code what} names the attribute in the error, e.g. "User.role". */
    static Object fit(Class<?> type, Object value, String what) {
        Class<?> wanted = BOXED.getOrDefault(type, type);
        if (value == null || wanted.isInstance(value)) {
            return value;
        }
        if (value instanceof Number number) {
            if (wanted == Integer.class) {
                return Math.toIntExact(number.longValue());
            }
            if (wanted == Long.class) {
                return number.longValue();
            }
            if (wanted == Short.class) {
                return number.shortValue();
            }
            if (wanted == Double.class) {
                return number.doubleValue();
            }
        }
        throw new ShellDatabaseException(what + " is " + article(wanted.getSimpleName()) + ", not "
                + article(value.getClass().getSimpleName()) + " (" + value + ")");
    }

    private static String article(String noun) {
        return ("AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
