package dev.ormshell.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an SQL script into statements at the semicolons that end them, skipping those inside
 * quotes, comments, PostgreSQL dollar quotes and a trigger's BEGIN … END. Undo scripts run through this, since Flyway
 * Community has no undo of its own.
 */
final class SqlScript {

    private static final Pattern TRIGGER = Pattern.compile("(?i)create\\s+(?:temp\\s+|temporary\\s+)?trigger\\b");
    private static final Pattern BLOCK = Pattern.compile("(?i)\\b(begin|case|end)\\b");

    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            int end = i + 1;
            if (c == '\'' || c == '"' || c == '`') {
                end = closing(script, i + 1, String.valueOf(c));
            } else if (script.startsWith("--", i)) {
                end = closing(script, i, "\n");
            } else if (script.startsWith("/*", i)) {
                end = closing(script, i + 2, "*/");
            } else if (c == '$' && dollarTag(script, i) != null) {
                String tag = dollarTag(script, i);
                end = closing(script, i + tag.length(), tag);
            } else if (c == ';' && !insideTriggerBody(current)) {
                add(statements, current);
                current.setLength(0);
                i++;
                continue;
            }
            current.append(script, i, end);
            i = end;
        }
        add(statements, current);
        return statements;
    }

    // A trigger's BEGIN … END holds statements of its own, each ending with a semicolon.
    private static boolean insideTriggerBody(CharSequence statement) {
        String code = statement.toString().replaceAll("(?s)'(?:[^']|'')*'|--[^\n]*|/\\*.*?\\*/", " ").strip();
        if (!TRIGGER.matcher(code).lookingAt()) {
            return false;
        }
        int depth = 0;
        Matcher block = BLOCK.matcher(code);
        while (block.find()) {
            depth += block.group(1).equalsIgnoreCase("end") ? -1 : 1;
        }
        return depth > 0;
    }

    private static int closing(String script, int from, String terminator) {
        int at = script.indexOf(terminator, from);
        return at < 0 ? script.length() : at + terminator.length();
    }

    private static String dollarTag(String script, int at) {
        int close = script.indexOf('$', at + 1);
        if (close < 0) {
            return null;
        }
        String tag = script.substring(at, close + 1);
        return tag.matches("\\$[A-Za-z_0-9]*\\$") ? tag : null;
    }

    private static void add(List<String> statements, StringBuilder text) {
        String statement = text.toString().strip();
        if (!statement.isEmpty() && !onlyComments(statement)) {
            statements.add(statement);
        }
    }

    private static boolean onlyComments(String statement) {
        return statement.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)--.*$", "").isBlank();
    }
}
