package dev.ormshell.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The same steps in plain JDBC, as a careful programmer would write them by hand: prepared
 * statements reused, batches of 1000, one transaction per writing step. The baseline the facade
 * is measured against.
 */
final class JdbcWorkloads implements Workloads {

    private static final int BATCH = 1000;

    private final Connection connection;

    JdbcWorkloads(Connection connection) {
        this.connection = connection;
    }

    @Override
    public long insertUsers(BenchPlan plan) throws SQLException {
        List<Long> roles = roleIds();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into users (username, role_id) values (?, ?)")) {
            for (int i = 0; i < plan.rows(); i++) {
                insert.setString(1, BenchPlan.username(i));
                insert.setLong(2, roles.get(i % roles.size()));
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        return plan.rows();
    }

    @Override
    public long lookUpByUsername(BenchPlan plan, String[] usernames) throws SQLException {
        long found = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "select id, username, role_id from users where username = ?")) {
            for (String username : usernames) {
                select.setString(1, username);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        rows.getLong(1);
                        rows.getString(2);
                        rows.getLong(3);
                        found++;
                    }
                }
            }
        }
        connection.commit();
        return FacadeWorkloads.requireAll(found, usernames.length, "W2 lookups");
    }

    @Override
    public long countUsersPerRole(BenchPlan plan) throws SQLException {
        List<Long> roles = roleIds();
        long counted = 0;
        try (PreparedStatement count = connection.prepareStatement("select count(*) from users where role_id = ?")) {
            for (int round = 0; round < plan.rounds(); round++) {
                for (long role : roles) {
                    count.setLong(1, role);
                    try (ResultSet rows = count.executeQuery()) {
                        rows.next();
                        rows.getLong(1);
                    }
                    counted++;
                }
            }
        }
        connection.commit();
        return counted;
    }

    @Override
    public long paginateAllUsers(BenchPlan plan) throws SQLException {
        long read = 0;
        // The same two statements per page as paginate(): the total, then one page by offset.
        try (PreparedStatement total = connection.prepareStatement("select count(*) from users");
             PreparedStatement page = connection.prepareStatement(
                     "select id, username, role_id from users order by username limit ? offset ?")) {
            int step = 0;
            for (int pageNumber = 1; ; pageNumber += step) {
                int offset = (pageNumber - 1) * BenchPlan.PAGE_SIZE;
                long rowsInTable;
                try (ResultSet rows = total.executeQuery()) {
                    rows.next();
                    rowsInTable = rows.getLong(1);
                }
                page.setInt(1, BenchPlan.PAGE_SIZE);
                page.setInt(2, offset);
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        rows.getLong(1);
                        rows.getString(2);
                        rows.getLong(3);
                        read++;
                    }
                }
                long pages = (rowsInTable + BenchPlan.PAGE_SIZE - 1) / BenchPlan.PAGE_SIZE;
                step = BenchPlan.pageStep(pages);
                if (pageNumber + step > pages) {
                    connection.commit();
                    return read;
                }
            }
        }
    }

    @Override
    public long renameUsers(BenchPlan plan) throws SQLException {
        List<Object[]> users = usersById(connection, plan.renameOffset(false), plan.changes());
        try (PreparedStatement update = connection.prepareStatement("update users set username = ? where id = ?")) {
            for (int i = 0; i < users.size(); i++) {
                update.setString(1, "renamed-" + users.get(i)[1]);
                update.setLong(2, (Long) users.get(i)[0]);
                update.addBatch();
                if ((i + 1) % BATCH == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
        connection.commit();
        return users.size();
    }

    @Override
    public long deleteUsers(BenchPlan plan) throws SQLException {
        List<Object[]> users = usersById(connection, plan.deleteOffset(false), plan.changes());
        try (PreparedStatement delete = connection.prepareStatement("delete from users where id = ?")) {
            for (int i = 0; i < users.size(); i++) {
                delete.setLong(1, (Long) users.get(i)[0]);
                delete.addBatch();
                if ((i + 1) % BATCH == 0) {
                    delete.executeBatch();
                }
            }
            delete.executeBatch();
        }
        connection.commit();
        return users.size();
    }

    private List<Long> roleIds() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id from roles order by id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    // Like the facade, the users are read first (id and username), then changed.
    static List<Object[]> usersById(Connection connection, int offset, int limit) throws SQLException {
        List<Object[]> users = new ArrayList<>(limit);
        try (PreparedStatement select = connection.prepareStatement(
                "select id, username, role_id from users order by id limit ? offset ?")) {
            select.setInt(1, limit);
            select.setInt(2, offset);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    users.add(new Object[] {rows.getLong(1), rows.getString(2), rows.getLong(3)});
                }
            }
        }
        return users;
    }
}
