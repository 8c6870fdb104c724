package dev.ormshell.cli;

import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Hibernate, Flyway, HikariCP and JLine all log through java.util.logging here (Hibernate via
 * jboss-logging, the others via SLF4J's JUL binding). The shell is silent unless --debug.
 */
final class Logging {

    private Logging() {
    }

    static void configure(boolean debug) {
        // Must be set before Hibernate's first class loads, or jboss-logging probes other backends.
        System.setProperty("org.jboss.logging.provider", "jdk");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        if (debug) {
            ConsoleHandler handler = new ConsoleHandler();
            handler.setLevel(Level.INFO);
            root.addHandler(handler);
            root.setLevel(Level.INFO);
        } else {
            root.setLevel(Level.OFF);
        }
    }
}
