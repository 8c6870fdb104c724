package dev.ormshell.orm;

import dev.ormshell.render.Rows;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows of a JDBC result, read as they are written, so that the whole result never has to
 * be in memory. After {@code shown} rows the rest are only counted ("… N more").
 */
public final class ResultSetRows {

    private ResultSetRows() {
    }

    /** Reading the result failed (the statement was cancelled, the connection lost …). */
    public static final class ReadFailure extends RuntimeException {
        ReadFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    public static Rows of(ResultSet rs, long shown) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> headers = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            headers.add(meta.getColumnLabel(c));
        }
        Iterator<List<?>> rows = new Iterator<>() {
            private long read;
            private Boolean ahead;

            @Override
            public boolean hasNext() {
                if (read >= shown) {
                    return false;
                }
                if (ahead == null) {
                    ahead = advance(rs);
                }
                return ahead;
            }

            @Override
            public List<?> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ahead = null;
                read++;
                List<Object> row = new ArrayList<>(headers.size());
                try {
                    for (int c = 1; c <= headers.size(); c++) {
                        row.add(rs.getObject(c));
                    }
                } catch (SQLException e) {
                    throw new ReadFailure(e);
                }
                return row;
            }
        };
        return Rows.streaming(headers, rows, () -> {
            long more = 0;
            while (advance(rs)) {
                more++;
            }
            return more;
        });
    }

    private static boolean advance(ResultSet rs) {
        try {
            return rs.next();
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }
}
