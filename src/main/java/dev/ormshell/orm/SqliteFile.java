package dev.ormshell.orm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * A SQLite database file as the shell finds it before opening it: one line for a path that
 * cannot be a database, and read-only access when the user may read the file but not write it
 * (SQLite writes a journal beside the file, so a read-only folder makes a read-only database).
 */
final class SqliteFile {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    // Header bytes 18 and 19 are 2 in a file that uses write-ahead logging.
    private static final int WAL_VERSION_OFFSET = 18;
    // sqlite3_open_v2's SQLITE_OPEN_READONLY, as sqlite-jdbc's open_mode property takes it.
    private static final String SQLITE_OPEN_READONLY = "1";

    private final Path file;
    private final String readOnlyReason;
    private final boolean immutable;

    private SqliteFile(Path file, String readOnlyReason, boolean immutable) {
        this.file = file;
        this.readOnlyReason = readOnlyReason;
        this.immutable = immutable;
    }

    /** Checks the path; throws a one-line error when it cannot be opened or created. */
    static SqliteFile check(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new ShellDatabaseException("Cannot open database file " + file + ": folder " + folder
                    + " does not exist (create it first, or give another path)");
        }
        if (Files.isDirectory(file)) {
            throw new ShellDatabaseException("Cannot open database file " + file + ": it is a folder");
        }
        boolean folderWritable = folder == null || Files.isWritable(folder);
        if (!Files.exists(file)) {
            if (!folderWritable) {
                throw new ShellDatabaseException("Cannot create database file " + file + ": folder " + folder
                        + " is not writable (give a path in a folder you may write to)");
            }
            return new SqliteFile(file, null, false);
        }
        byte[] header = header(file);
        if (header.length > 0 && !Arrays.equals(Arrays.copyOf(header, HEADER.length), HEADER)) {
            throw new ShellDatabaseException("Cannot open database file " + file + ": it is not a SQLite database");
        }
        String readOnly = !Files.isWritable(file) ? file + " is not writable"
                : !folderWritable ? "folder " + folder + " is not writable" : null;
        // SQLite reads a write-ahead-logging file through its -shm index, which it cannot create
        // in a read-only folder; immutable=1 reads the file as it stands instead. Nothing of ours
        // can be writing it, and a -shm that exists means another program is, so that case reads
        // through the index as usual.
        boolean wal = header.length > WAL_VERSION_OFFSET && header[WAL_VERSION_OFFSET] == 2;
        boolean immutable = !folderWritable && wal && !Files.exists(Path.of(file + "-shm"));
        return new SqliteFile(file, readOnly, immutable);
    }

    private static byte[] header(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(WAL_VERSION_OFFSET + 2);
        } catch (IOException e) {
            throw new ShellDatabaseException("Cannot read database file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Why the shell opens this file read-only ("folder /srv is not writable"), or null when it may write. */
    String readOnlyReason() {
        return readOnlyReason;
    }

    /** The JDBC URL to open: the given one, made a {@code file:} URI with immutable=1 when that is needed. */
    String jdbcUrl(String jdbcUrl) {
        if (!immutable) {
            return jdbcUrl;
        }
        String target = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        String uri = path.startsWith("file:") ? path
                : "file:" + path.replace("%", "%25").replace("?", "%3f").replace("#", "%23");
        return "jdbc:sqlite:" + uri + (query < 0 ? "?" : target.substring(query) + "&") + "immutable=1";
    }

    /** The driver property that opens the file read-only, or null when it may be written. */
    String openMode() {
        return readOnlyReason == null ? null : SQLITE_OPEN_READONLY;
    }

    /** A write refused because the file is open read-only, in the user's words; other failures as they are. */
    SQLException explainWrite(SQLException failure) {
        if (readOnlyReason == null || !String.valueOf(failure.getMessage()).contains("attempt to write a readonly database")) {
            return failure;
        }
        return ErrorMessages.reworded(failure, "the database is open read-only (" + readOnlyReason + "): nothing can be written");
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
