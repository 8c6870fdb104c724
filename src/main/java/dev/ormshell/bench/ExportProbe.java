package dev.ormshell.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code /sql … > file} in a real child shell: how fast a result of many rows goes to a CSV file
 * and the shell's peak memory meanwhile, for a small and a large result, so that a flat figure
 * shows the rows are streamed rather than held. The rows come from a query that crosses a
 * table of ten digits with itself (10^k rows), which needs no table of the database and runs on
 * SQLite, PostgreSQL and MariaDB alike (a recursive query stops at 1,000 rows on MariaDB).
 */
final class ExportProbe {

    /** One export: rows written, seconds from the command to the shell's answer, peak RSS, file size. */
    record Export(long rows, double seconds, long peakRssMegabytes, long fileMegabytes) {
    }

    private final StartupProbe shells;
    private final Path folder;

    ExportProbe(StartupProbe shells, Path folder) {
        this.shells = shells;
        this.folder = folder;
    }

    /** A query of {@code rows} rows (a power of ten): id, username, role_id. */
    static String query(long rows) {
        int digits = (int) Math.round(Math.log10(rows));
        if (digits < 1 || Math.pow(10, digits) != rows) {
            throw new BenchException("an export takes a power of ten rows, not " + rows);
        }
        StringBuilder id = new StringBuilder("d0.n");
        StringBuilder from = new StringBuilder("d d0");
        for (int i = 1, scale = 10; i < digits; i++, scale *= 10) {
            id.append(" + ").append(scale).append(" * d").append(i).append(".n");
            from.append(", d d").append(i);
        }
        return "with d(n) as (select 0 union all select 1 union all select 2 union all select 3 union all select 4"
                + " union all select 5 union all select 6 union all select 7 union all select 8 union all select 9)"
                + " select " + id + " as id, concat('user number ', " + id + ") as username, (" + id + ") % 3 as role_id"
                + " from " + from;
    }

    Export export(long rows) throws IOException, InterruptedException {
        Path file = folder.resolve("export-" + rows + ".csv");
        StartupProbe.Child child = shells.start();
        child.send("/help");
        child.firstLine(); // started: the time below is the export's alone
        child.send("/sql " + query(rows) + " > " + file);
        long begin = System.nanoTime();
        String line;
        while ((line = child.output.readLine()) != null && !line.startsWith("Wrote ")) {
            // the rest of /help
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        if (line == null || !line.equals("Wrote " + rows + " rows to " + file + ".")) {
            throw new BenchException("the export of " + rows + " rows said " + line + child.errors());
        }
        long peak = child.memoryMegabytes("VmHWM:");
        child.finish();
        long size = Files.size(file) >> 20;
        Files.delete(file);
        return new Export(rows, seconds, peak, size);
    }
}
