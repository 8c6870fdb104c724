package dev.ormshell.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hides passwords in URLs and messages: whatever the user sees or a log records shows {@code ***}. */
public final class PasswordMask {

    public static final String MASK = "***";

    // A password given as a parameter: ?password=…, &password=…, ;password=… (SQL Server style).
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");

    private PasswordMask() {
    }

    /**
     * Masks the password of a URL the user typed, even one that cannot be parsed: everything
     * between {@code user:} and the last {@code @} may be password, since an unencoded {@code @},
     * {@code /} or {@code ?} inside it is exactly what makes such a URL unparsable.
     */
    public static String inUrl(String url) {
        String masked = inParameters(url);
        int scheme = masked.indexOf("://");
        if (scheme < 0 && masked.startsWith("jdbc:")) {
            return masked; // jdbc:oracle:thin:@host… has an '@' but no credentials before it
        }
        int at = masked.lastIndexOf('@');
        int colon = masked.indexOf(':', scheme < 0 ? 0 : scheme + 3);
        if (at < 0 || colon < 0 || colon > at) {
            return masked;
        }
        return masked.substring(0, colon + 1) + MASK + masked.substring(at);
    }

    /** A command line with the password of every URL among its words masked. */
    public static String inCommandLine(String commandLine) {
        return String.join(" ", java.util.Arrays.stream(commandLine.split(" ", -1)).map(PasswordMask::inUrl).toList());
    }

    /** Masks only {@code password=} parameters (the URL's credentials are known to be masked already). */
    static String inParameters(String url) {
        return PASSWORD_PARAMETER.matcher(url).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    /** Replaces every occurrence of the password in a message (a driver may quote it back). */
    public static String inText(String text, String password) {
        if (text == null || password == null || password.isEmpty()) {
            return text;
        }
        return text.replace(password, MASK);
    }

    /** The value of a {@code password=} parameter in a URL, or null. */
    static String parameter(String url) {
        Matcher m = PASSWORD_PARAMETER.matcher(url);
        return m.find() ? m.group().substring(m.group(1).length()) : null;
    }

    /** The URL without its {@code password=} parameter (the rest stays as written). */
    static String withoutParameter(String url) {
        Matcher m = PASSWORD_PARAMETER.matcher(url);
        if (!m.find()) {
            return url;
        }
        char separator = m.group(1).charAt(0);
        String before = url.substring(0, m.start());
        String after = url.substring(m.end());
        if (separator == '?' && after.startsWith("&")) {
            return before + "?" + after.substring(1);
        }
        String rest = before + after;
        return rest.endsWith("?") || rest.endsWith("&") ? rest.substring(0, rest.length() - 1) : rest;
    }
}
