package dev.ormshell.orm;

import java.util.BitSet;

/**
 * Renumbers the {@code ?1 ?2 …} (or plain {@code ?}) placeholders of one filter condition so
 * that several filters can be joined into one query. String literals are left alone.
 */
final class Placeholders {

    private Placeholders() {
    }

    static String renumber(String condition, int shift, int valueCount) {
        if (condition == null || condition.isBlank()) {
            throw new ShellDatabaseException("filter(): the condition is empty; write e.g. filter(\"username like ?1\", \"d%\")");
        }
        StringBuilder out = new StringBuilder();
        BitSet used = new BitSet();
        int plain = 0;
        boolean inString = false;
        for (int i = 0; i < condition.length(); i++) {
            char c = condition.charAt(i);
            if (c == '\'') {
                inString = !inString;
            }
            if (c != '?' || inString) {
                out.append(c);
                continue;
            }
            int j = i + 1;
            while (j < condition.length() && Character.isDigit(condition.charAt(j))) {
                j++;
            }
            int number = j > i + 1 ? Integer.parseInt(condition.substring(i + 1, j)) : ++plain;
            if (number < 1 || number > valueCount) {
                throw new ShellDatabaseException("filter(\"" + condition + "\"): placeholder ?" + number
                        + " has no value (" + valueCount + " given)");
            }
            used.set(number);
            out.append('?').append(number + shift);
            i = j - 1;
        }
        if (used.cardinality() != valueCount) {
            throw new ShellDatabaseException("filter(\"" + condition + "\"): " + valueCount + " value(s) given but "
                    + used.cardinality() + " placeholder(s) used; write ?1, ?2 … for each value");
        }
        return out.toString();
    }
}
