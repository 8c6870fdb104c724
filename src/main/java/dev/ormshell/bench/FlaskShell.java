package dev.ormshell.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code flask shell}, the yardstick of the start-up targets, where Python's Flask is installed:
 * a Flask app whose shell context holds an SQLite connection, one query on standard input.
 * (The chapter's app also loads Flask-SQLAlchemy; this one does less, so the yardstick is strict.)
 */
final class FlaskShell {

    private static final String APP = """
            import sqlite3
            from flask import Flask

            app = Flask(__name__)

            @app.shell_context_processor
            def context():
                return {"db": sqlite3.connect("bench.sqlite")}
            """;

    static final String QUERY = "db.execute('select 1+41').fetchall()\n";

    private FlaskShell() {
    }

    /** True when python3 can import flask. */
    static boolean available() {
        try {
            Process probe = new ProcessBuilder("python3", "-c", "import flask").redirectErrorStream(true).start();
            probe.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The median whole run of {@code flask shell} on the query, in a scratch folder with the app. */
    static WholeRun median(int runs) throws IOException, InterruptedException {
        Path folder = ScratchFolder.create("ormshell-bench-flask");
        try {
            Files.writeString(folder.resolve("app.py"), APP);
            List<String> command = List.of("sh", "-c", "cd '" + folder + "' && exec python3 -m flask --app app shell");
            return WholeRun.median(command, Map.of(), QUERY, runs);
        } finally {
            ScratchFolder.delete(folder);
        }
    }
}
