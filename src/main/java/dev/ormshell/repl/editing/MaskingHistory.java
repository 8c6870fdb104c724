package dev.ormshell.repl.editing;

import java.time.Instant;
import java.util.regex.Pattern;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * The persistent history, with passwords in database URLs replaced by *** before a line is
 * kept: the history file outlives the session and must not hold credentials.
 */
public final class MaskingHistory extends DefaultHistory {

    // scheme://user:password@host  and  ...?user=x&password=y  (JDBC URL parameters)
    private static final Pattern USER_INFO = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://[^\\s:@/\"']*):[^\\s@/\"']*@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;\\s\"']*");

    @Override
    public void add(Instant time, String line) {
        super.add(time, mask(line));
    }

    /** The line with every URL password replaced by ***. */
    public static String mask(String line) {
        String masked = USER_INFO.matcher(line).replaceAll("$1:***@");
        return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1***");
    }
}
