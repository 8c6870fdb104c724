package dev.ormshell.cli;

import java.lang.management.ManagementFactory;

/**
 * Start-up phases with the JVM's uptime at each, printed to standard error when
 * {@code ORMSHELL_STARTUP_TRACE} is set: how the start-up figures of {@code shell.sh bench}
 * are taken apart. Silent (and nearly free) otherwise.
 */
final class StartupTrace {

    private static final boolean ON = System.getenv("ORMSHELL_STARTUP_TRACE") != null;

    private StartupTrace() {
    }

    static void mark(String phase) {
        if (ON) {
            long millis = ManagementFactory.getRuntimeMXBean().getUptime();
            System.err.println("[startup] " + millis + " ms of JVM uptime  " + phase + "  (" + Thread.currentThread().getName() + ")");
        }
    }
}
