package dev.ormshell.render;

import java.util.Locale;

/**
 * The status line of long work: what it is, a bar, done of total, the rate and the time left
 * ("addAll  [██████░░░░░░]  45,000 / 100,000 rows  38,200 rows/s  1.4 s left"); without a
 * total, what is done, the rate and the time so far.
 */
public final class ProgressText {

    private static final int BAR = 24;

    private ProgressText() {
    }

    public static String line(String task, String unit, long done, long total, double seconds, int width) {
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder line = new StringBuilder(task).append("  ");
        if (total > 0) {
            long shown = Math.min(done, total);
            int filled = (int) (BAR * shown / total);
            line.append('[').append("█".repeat(filled)).append("░".repeat(BAR - filled)).append("]  ")
                    .append(number(shown)).append(" / ").append(number(total)).append(' ').append(unit)
                    .append("  ").append(number(Math.round(rate))).append(' ').append(unit).append("/s");
            if (rate > 0 && shown < total) {
                line.append("  ").append(duration((total - shown) / rate)).append(" left");
            }
        } else {
            line.append(number(done)).append(' ').append(unit).append("  ").append(number(Math.round(rate))).append(' ')
                    .append(unit).append("/s  ").append(duration(seconds));
        }
        return line.length() <= width ? line.toString() : line.substring(0, Math.max(0, width));
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = Math.round(seconds);
        return whole / 60 + " min " + whole % 60 + " s";
    }
}
