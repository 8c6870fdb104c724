package dev.ormshell.bench;

import dev.ormshell.model.Role;
import dev.ormshell.model.User;
import dev.ormshell.orm.Db;
import dev.ormshell.orm.Pagination;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's steps written as a shell user would write them, with the chapter's API. */
final class FacadeWorkloads implements Workloads {

    private final Db db;

    FacadeWorkloads(Db db) {
        this.db = db;
    }

    @Override
    public long insertUsers(BenchPlan plan) {
        List<Role> roles = Role.query.orderBy("id").all();
        List<User> users = new ArrayList<>(plan.rows());
        for (int i = 0; i < plan.rows(); i++) {
            users.add(new User(BenchPlan.username(i), roles.get(i % roles.size())));
        }
        db.session.addAll(users);
        db.session.commit();
        return plan.rows();
    }

    @Override
    public long lookUpByUsername(BenchPlan plan, String[] usernames) {
        long found = 0;
        for (String username : usernames) {
            if (User.query.filterBy("username", username).first() != null) {
                found++;
            }
        }
        return requireAll(found, usernames.length, "W2 lookups");
    }

    @Override
    public long countUsersPerRole(BenchPlan plan) {
        List<Role> roles = Role.query.orderBy("id").all();
        long counted = 0;
        for (int round = 0; round < plan.rounds(); round++) {
            for (Role role : roles) {
                role.users().count();
                counted++;
            }
        }
        return counted;
    }

    @Override
    public long paginateAllUsers(BenchPlan plan) {
        var byName = User.query.orderBy("username");
        long read = 0;
        int step = 0;
        for (int page = 1; ; page += step) {
            Pagination<User> p = byName.paginate(page, BenchPlan.PAGE_SIZE);
            read += p.items().size();
            step = BenchPlan.pageStep(p.pages());
            if (page + step > p.pages()) {
                return read;
            }
        }
    }

    @Override
    public long renameUsers(BenchPlan plan) {
        List<User> users = User.query.orderBy("id").offset(plan.renameOffset(true)).limit(plan.changes()).all();
        for (User user : users) {
            user.setUsername("renamed-" + user.getUsername());
            db.session.add(user);
        }
        db.session.commit();
        return users.size();
    }

    @Override
    public long deleteUsers(BenchPlan plan) {
        List<User> users = User.query.orderBy("id").offset(plan.deleteOffset(true)).limit(plan.changes()).all();
        for (User user : users) {
            db.session.delete(user);
        }
        db.session.commit();
        return users.size();
    }

    static long requireAll(long done, long expected, String what) {
        if (done != expected) {
            throw new IllegalStateException(what + ": " + done + " of " + expected + " succeeded");
        }
        return done;
    }
}
