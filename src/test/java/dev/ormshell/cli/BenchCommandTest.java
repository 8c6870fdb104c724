package dev.ormshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} prints one line per step with both rates and their ratio; the speed itself is not asserted. */
class BenchCommandTest {

    private static final Pattern STEP = Pattern.compile(
            "W(\\d) .+ facade +\\d+ \\w+/s \\( *\\d+\\.\\d\\d s\\) +jdbc +\\d+ \\w+/s \\( *\\d+\\.\\d\\d s\\) +ratio \\d+\\.\\d\\d +peak heap \\d+/\\d+ MB");

    @TempDir
    Path dir;

    @Test
    void printsW1ToW6WithBothRatesAndTheRatio() throws Exception {
        Path file = dir.resolve("bench.sqlite");
        Result result = run("bench", "--rows", "200", "--startup-runs", "0", "--url", "sqlite:///" + file.toAbsolutePath());

        assertEquals(0, result.exitCode, result.err);
        String[] steps = result.out.lines().filter(l -> l.startsWith("W")).toArray(String[]::new);
        assertEquals(6, steps.length, result.out);
        for (int i = 0; i < steps.length; i++) {
            var m = STEP.matcher(steps[i]);
            assertTrue(m.matches(), "not a step line: " + steps[i]);
            assertEquals(i + 1, Integer.parseInt(m.group(1)));
        }
        assertTrue(steps[0].contains("insert 200 users"), steps[0]);
        // The database is left as it was found: the tables the benchmark created are gone.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet tables = c.getMetaData().getTables(null, null, "users", null)) {
            assertTrue(!tables.next(), "the users table should have been dropped");
        }
    }

    @Test
    void refusesADatabaseThatHasRowsAndLeavesThemAlone() throws Exception {
        Path file = dir.resolve("used.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("create table roles (id integer, name varchar(64) unique, primary key (id))");
            s.executeUpdate("create table users (id integer, username varchar(64), role_id integer, primary key (id))");
            s.executeUpdate("insert into roles (name) values ('Admin')");
        }
        Result result = run("bench", "--rows", "200", "--startup-runs", "0", "--url", "sqlite:///" + file.toAbsolutePath());

        assertEquals(1, result.exitCode);
        assertTrue(result.err.contains("already has users or roles"), result.err);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select name from roles")) {
            assertTrue(rows.next());
            assertEquals("Admin", rows.getString(1));
        }
    }

    @Test
    void rejectsTooFewRows() {
        Result result = run("bench", "--rows", "2", "--startup-runs", "0", "--url", "sqlite:///" + dir.resolve("x.sqlite"));
        assertEquals(1, result.exitCode);
        assertTrue(result.err.contains("--rows must be at least 4"), result.err);
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Result(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
