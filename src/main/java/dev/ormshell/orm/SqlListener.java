package dev.ormshell.orm;

import java.util.List;

/** Told about every SQL statement the shell's connections run, with its bound values (for /echo). */
@FunctionalInterface
public interface SqlListener {

    void executed(String sql, List<Object> parameters);
}
