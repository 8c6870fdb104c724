package dev.ormshell.cli;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;

/**
 * Start-up phases with the time at each, printed to standard error when
 * {@code ORMSHELL_STARTUP_TRACE} is set: how the start-up figures of {@code shell.sh bench}
 * are taken apart. Silent (and nearly free) otherwise.
 */
final class StartupTrace {

    private static final boolean ON = System.getenv("ORMSHELL_STARTUP_TRACE") != null;
    // When shell.sh started (epoch seconds with microseconds), which it passes when tracing; the
    // JVM's own uptime misses the script's share, and reading it loads the JMX classes (~0.1 s).
    private static final String LAUNCHER_START = System.getenv("ORMSHELL_LAUNCHER_START");

    private StartupTrace() {
    }

    static void mark(String phase) {
        if (ON) {
            String time = LAUNCHER_START != null
                    ? (System.currentTimeMillis() - new BigDecimal(LAUNCHER_START).movePointRight(3).longValue())
                            + " ms since shell.sh started"
                    : ManagementFactory.getRuntimeMXBean().getUptime() + " ms of JVM uptime";
            System.err.println("[startup] " + time + "  " + phase + "  (" + Thread.currentThread().getName() + ")");
        }
    }
}
