package dev.ormshell.schema;

import java.util.List;
import java.util.Locale;

/** SQL names compare without case: PostgreSQL folds to lower case, MariaDB and SQLite ignore it. */
final class Names {

    private Names() {
    }

    static boolean same(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    static boolean sameList(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
