package dev.ormshell.orm;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * A Bean Validation failure at flush, one line per violation as the user would name the value:
 * {@code Owner.telephone: must match "\d{10}"}.
 */
final class Violations {

    private Violations() {
    }

    /** The violations' lines, or null when the error is no Bean Validation failure. */
    static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException failure && failure.getConstraintViolations() != null
                    && !failure.getConstraintViolations().isEmpty()) {
                List<String> lines = failure.getConstraintViolations().stream().map(Violations::line).sorted().toList();
                return lines.size() == 1 ? lines.get(0)
                        : lines.size() + " values are not valid:\n  " + String.join("\n  ", lines);
            }
        }
        return null;
    }

    private static String line(ConstraintViolation<?> violation) {
        Class<?> bean = violation.getRootBeanClass();
        String owner = bean == null ? "" : bean.getSimpleName() + ".";
        return owner + violation.getPropertyPath() + ": " + message(violation, bean);
    }

    /**
     * The message; a {@code {key}} the provider left as it was (it looks in ValidationMessages
     * only) from the application's {@code messages.properties}, where Spring Boot finds it.
     */
    private static String message(ConstraintViolation<?> violation, Class<?> bean) {
        String message = violation.getMessage();
        if (bean == null || message == null || !message.startsWith("{") || !message.endsWith("}")) {
            return message;
        }
        try (InputStream in = bean.getClassLoader() == null ? null : bean.getClassLoader().getResourceAsStream("messages.properties")) {
            if (in == null) {
                return message;
            }
            Properties messages = new Properties();
            messages.load(in);
            return messages.getProperty(message.substring(1, message.length() - 1), message);
        } catch (IOException | IllegalArgumentException e) {
            return message;
        }
    }
}
