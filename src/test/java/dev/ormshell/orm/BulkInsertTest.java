package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.model.Role;
import dev.ormshell.model.User;
import dev.ormshell.testsupport.ChapterDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A huge addAll() goes through BulkInsert: ids as SQLite gives them, inside the open transaction. */
class BulkInsertTest {

    private static final int HUGE = 20_001;

    @TempDir
    Path folder;
    ChapterDatabase chapter;
    Db db;

    @BeforeEach
    void open() {
        chapter = new ChapterDatabase(folder).withChapterRows();
        db = chapter.db;
    }

    @AfterEach
    void close() {
        chapter.close();
    }

    @Test
    void hugeAddAllWithASharedNewRoleCommitsEveryRowWithItsId() {
        Role staff = new Role("Staff");
        List<Object> objects = new ArrayList<>();
        objects.add(staff);
        objects.addAll(users("staff", staff));
        db.session.addAll(objects);
        assertNotNull(staff.getId(), "the shared new role was inserted first");
        db.session.commit();

        assertEquals(3 + HUGE, User.query.count());
        for (int i = 0; i < HUGE; i++) {
            assertEquals(4 + i, ((User) objects.get(i + 1)).getId(), "ids follow the chapter's three users, in order");
        }
        assertEquals(HUGE, User.query.filterBy("role", staff).count());
        // The session still counts ids right after the bulk rows.
        User next = new User("next", chapter.admin);
        db.session.add(next);
        db.session.commit();
        assertEquals(4 + HUGE, next.getId());
    }

    @Test
    void hugeAddAllOfUsersOfARoleAddedBeforeThenRollbackLeavesNothing() {
        Role staff = new Role("Staff");
        db.session.add(staff);
        List<User> users = users("temp", staff);
        db.session.addAll(users);
        assertEquals(4, users.get(0).getId());
        assertEquals(3 + HUGE, User.query.count(), "the query sees the rows of the open transaction");
        assertTrue(db.session.hasUncommittedChanges());

        db.session.rollback();
        assertEquals(3, User.query.count());
        assertEquals(3, Role.query.count());
        assertTrue(users.stream().allMatch(u -> u.getId() == null), "the rolled-back users are new again");
        assertNull(staff.getId());
        assertFalse(db.session.hasUncommittedChanges());
    }

    @Test
    void hugeAddAllOfUsersOfARoleNeverAddedStillCascadesToIt() {
        Role staff = new Role("Staff");
        db.session.addAll(users("cascade", staff));
        db.session.commit();
        assertNotNull(staff.getId());
        assertEquals(3 + HUGE, User.query.count());
    }

    @Test
    void planPutsTheSharedNewRoleFirstAndRefusesARoleNothingSaves() {
        Entities entities = new Entities(db.sessionFactory());
        Role staff = new Role("Staff");
        List<Object> objects = new ArrayList<>(users("u", staff));
        objects.add(staff);
        BulkInsert plan = BulkInsert.plan(db.sessionFactory(), entities, objects, o -> false);
        assertNotNull(plan);
        assertEquals(List.of(staff), plan.first());
        assertEquals(HUGE, plan.rows().size());

        assertNull(BulkInsert.plan(db.sessionFactory(), entities, users("v", new Role("Orphan")), o -> false),
                "a role nothing saves first: the usual way cascades to it");
        User boss = new User("boss", chapter.admin);
        List<Object> sameTable = new ArrayList<>(users("w", chapter.admin));
        sameTable.add(boss);
        assertEquals(HUGE + 1, BulkInsert.plan(db.sessionFactory(), entities, sameTable, o -> false).rows().size());
        assertNull(BulkInsert.plan(db.sessionFactory(), entities, sameTable, o -> o == boss),
                "a pending user among bulk users would take its id out of order");
    }

    private static List<User> users(String prefix, Role role) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < HUGE; i++) {
            users.add(new User(prefix + i, role));
        }
        return users;
    }
}
