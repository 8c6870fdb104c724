package dev.ormshell.orm;

import dev.ormshell.render.Rows;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A JDBC result as rows to print: its column labels, its first rows, and how many more there were. */
public final class ResultRows {

    private ResultRows() {
    }

    /** Reads the whole result, keeping the first {@code shown} rows and counting the rest. */
    public static Rows read(ResultSet rs, int shown) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> headers = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            headers.add(meta.getColumnLabel(c));
        }
        List<List<Object>> rows = new ArrayList<>();
        long more = 0;
        while (rs.next()) {
            if (rows.size() == shown) {
                more++;
                continue;
            }
            List<Object> row = new ArrayList<>();
            for (int c = 1; c <= headers.size(); c++) {
                row.add(rs.getObject(c));
            }
            rows.add(row);
        }
        return new Rows(headers, rows, more);
    }
}
