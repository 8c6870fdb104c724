package dev.ormshell.orm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Fits a value the user typed to the Java type of an attribute or id: {@code get(1)} works for a
 * Long id, {@code filterBy("id", 2L)} for an Integer one, {@code get("3f2a…")} for a UUID one,
 * {@code filterBy("sex", "Female")} for an enum; a value of the wrong kind, such as a name where
 * a Role is expected, is a one-line error before any query runs.
 */
final class AttributeValues {

    private static final Map<Class<?>, Class<?>> BOXED = Map.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class, Float.class,
            boolean.class, Boolean.class, char.class, Character.class);
    private static final Pattern UUID_TEXT = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private AttributeValues() {
    }

    /** The value as the type wants it; {@code what} names the attribute in the error, e.g. "User.role". */
    static Object fit(Class<?> type, Object value, String what) {
        Class<?> wanted = BOXED.getOrDefault(type, type);
        if (value == null || wanted.isInstance(value)) {
            return value;
        }
        Object fitted = value instanceof Number number ? number(wanted, number, what)
                : value instanceof CharSequence text ? text(wanted, text.toString(), what) : null;
        if (fitted == null) {
            throw new ShellDatabaseException(what + " is " + article(wanted.getSimpleName()) + ", not "
                    + article(value.getClass().getSimpleName()) + " (" + value + ")");
        }
        return fitted;
    }

    // A whole number fits any integer type it is within the range of; any number fits a decimal one.
    private static Object number(Class<?> wanted, Number number, String what) {
        boolean whole = number instanceof Long || number instanceof Integer || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger;
        try {
            if (wanted == Long.class && whole) {
                return number instanceof BigInteger big ? big.longValueExact() : number.longValue();
            }
            if (wanted == Integer.class && whole) {
                return Math.toIntExact(number.longValue());
            }
            if (wanted == Short.class && whole) {
                return (short) range(number.longValue(), Short.MIN_VALUE, Short.MAX_VALUE);
            }
            if (wanted == Byte.class && whole) {
                return (byte) range(number.longValue(), Byte.MIN_VALUE, Byte.MAX_VALUE);
            }
        } catch (ArithmeticException tooLarge) {
            throw new ShellDatabaseException(what + " is " + article(wanted.getSimpleName()) + "; " + number
                    + " is out of its range");
        }
        if (wanted == Double.class) {
            return number.doubleValue();
        }
        if (wanted == Float.class) {
            return number.floatValue();
        }
        if (wanted == BigDecimal.class) {
            return number instanceof BigInteger big ? new BigDecimal(big) : new BigDecimal(number.toString());
        }
        if (wanted == BigInteger.class && whole) {
            return BigInteger.valueOf(number.longValue());
        }
        return null;
    }

    private static long range(long value, long min, long max) {
        if (value < min || value > max) {
            throw new ArithmeticException("out of range");
        }
        return value;
    }

    // Text stands for a value only where it cannot mean anything else: a UUID written out, an
    // enum constant by its name, a date or time in ISO form.
    private static Object text(Class<?> wanted, String text, String what) {
        if (wanted == UUID.class) {
            if (!UUID_TEXT.matcher(text.strip()).matches()) {
                throw new ShellDatabaseException(what + " is a UUID; \"" + text
                        + "\" is not one (write it as 8-4-4-4-12 hex digits, or give a UUID)");
            }
            return UUID.fromString(text.strip());
        }
        if (wanted.isEnum()) {
            return constant(wanted, text, what);
        }
        try {
            if (wanted == LocalDate.class) {
                return LocalDate.parse(text.strip());
            }
            if (wanted == LocalDateTime.class) {
                return LocalDateTime.parse(text.strip());
            }
            if (wanted == LocalTime.class) {
                return LocalTime.parse(text.strip());
            }
        } catch (DateTimeParseException e) {
            throw new ShellDatabaseException(what + " is " + article(wanted.getSimpleName()) + "; \"" + text
                    + "\" is not one in ISO form (e.g. " + example(wanted) + ")");
        }
        return null;
    }

    private static Object constant(Class<?> enumType, String name, String what) {
        List<?> constants = Arrays.asList(enumType.getEnumConstants());
        List<?> matching = constants.stream().filter(c -> ((Enum<?>) c).name().equals(name.strip())).toList();
        if (matching.isEmpty()) {
            matching = constants.stream().filter(c -> ((Enum<?>) c).name().equalsIgnoreCase(name.strip())).toList();
        }
        if (matching.size() != 1) {
            throw new ShellDatabaseException(what + " is " + article(enumType.getSimpleName()) + "; \"" + name
                    + "\" is none of its constants (" + String.join(", ", constants.stream().map(String::valueOf).toList()) + ")");
        }
        return matching.get(0);
    }

    private static String example(Class<?> type) {
        return type == LocalDate.class ? "2024-05-31" : type == LocalTime.class ? "14:30" : "2024-05-31T14:30";
    }

    // "an Integer", "a Long", "a UUID" (said you-you-eye-dee), "an Owner".
    static String article(String noun) {
        boolean acronym = noun.length() > 1 && Character.isUpperCase(noun.charAt(1));
        boolean vowel = "AEIOU".indexOf(Character.toUpperCase(noun.charAt(0))) >= 0;
        return (vowel && !(acronym && noun.charAt(0) == 'U') ? "an " : "a ") + noun;
    }
}
