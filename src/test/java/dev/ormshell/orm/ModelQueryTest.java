package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.model.Role;
import dev.ormshell.model.User;
import dev.ormshell.testsupport.ChapterDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelQueryTest {

    @TempDir
    Path folder;
    ChapterDatabase chapter;

    @BeforeEach
    void open() {
        chapter = new ChapterDatabase(folder).withChapterRows();
    }

    @AfterEach
    void close() {
        chapter.close();
    }

    private static List<String> names(List<User> users) {
        return users.stream().map(User::getUsername).toList();
    }

    @Test
    void allReturnsEveryRowInInsertOrder() {
        assertEquals("[<Role 'Admin'>, <Role 'Moderator'>, <Role 'User'>]", Role.query.all().toString());
        assertEquals(List.of("john", "susan", "david"), names(User.query.all()));
    }

    @Test
    void filterByAnEntityAndAValue() {
        assertEquals(List.of("susan", "david"), names(User.query.filterBy("role", chapter.user).all()));
        assertEquals("<Role 'User'>", Role.query.filterBy("name", "User").first().toString());
        assertEquals(List.of(), User.query.filterBy("role", null).all());
    }

    @Test
    void toStringShowsTheSqlWithPlaceholdersNotValues() {
        String sql = User.query.filterBy("username", "x' or '1'='1").toString();
        assertTrue(sql.matches("select .* from users \\w+ where \\(\\w+\\.username=\\?\\)"), sql);
        assertFalse(sql.contains("'1'='1"));
        String limited = User.query.orderBy("username desc").limit(2).toString();
        assertTrue(limited.contains("order by") && limited.contains("desc") && limited.contains("limit"), limited);
    }

    @Test
    void filterValuesAreBoundNeverSpliced() {
        assertEquals(List.of(), User.query.filter("username = ?1", "x'; drop table users; --").all());
        assertEquals(3, User.query.count(), "the table is still there");
        assertEquals(List.of("david"), names(User.query.filter("username like ?1", "d%").all()));
    }

    @Test
    void placeholdersOfSeveralFiltersAreRenumbered() {
        ModelQuery<User> q = User.query.filter("username like ?1", "%a%").filter("username <> ?", "susan");
        assertEquals(List.of("david"), names(q.all()));
        assertEquals(List.of("%a%", "susan"), q.parameters());
        assertTrue(q.hql().contains("?1") && q.hql().contains("?2"), q.hql());
    }

    @Test
    void aFilterWithTheWrongNumberOfValuesIsRefused() {
        ShellDatabaseException missing = assertThrows(ShellDatabaseException.class,
                () -> User.query.filter("username = ?1"));
        assertTrue(missing.getMessage().contains("?1 has no value"), missing.getMessage());
        assertThrows(ShellDatabaseException.class, () -> User.query.filter("username = ?1", "a", "b"));
        assertEquals(List.of(), User.query.filter("username = '?1'", new Object[0]).all(), "a ? in a string literal is text");
    }

    @Test
    void dbQueryAndSessionQueryAreTheModelsOwnQuery() {
        ModelQuery<User> byDb = chapter.db.query(User.class);
        ModelQuery<User> bySession = chapter.db.session.query(User.class);
        assertEquals(User.query.filterBy("role", chapter.user).toString(), byDb.filterBy("role", chapter.user).toString());
        assertEquals(List.of("susan", "david"), names(byDb.filterBy("role", chapter.user).all()));
        assertEquals(List.of("david"), names(bySession.orderBy("username").limit(1).all()));
        assertEquals(3, bySession.count(), "refinements leave the query they came from as it was");
        assertEquals("<Role 'Admin'>", chapter.db.query(Role.class).get(1L).toString());
        ShellDatabaseException notEntity = assertThrows(ShellDatabaseException.class, () -> chapter.db.query(String.class));
        assertEquals("db.session.query: String is not an entity (entities: Role, User)", notEntity.getMessage());
    }

    @Test
    void orderLimitOffset() {
        assertEquals(List.of("susan", "john"), names(User.query.orderBy("username desc").limit(2).all()));
        assertEquals(List.of("john", "susan"), names(User.query.orderBy("username").offset(1).all()));
        assertEquals(List.of("john", "david", "susan"), names(User.query.orderBy("role.name", "username").all()));
    }

    @Test
    void unknownAttributesAreNamedWithTheOnesThatExist() {
        ShellDatabaseException error = assertThrows(ShellDatabaseException.class, () -> User.query.filterBy("nme", "x"));
        assertEquals("User has no attribute 'nme' (it has: id, role, username)", error.getMessage());
        assertThrows(ShellDatabaseException.class, () -> User.query.orderBy("usernme"));
        assertThrows(ShellDatabaseException.class, () -> User.query.orderBy("username; drop table users"));
        assertThrows(ShellDatabaseException.class, () -> User.query.orderBy("username sideways"));
        assertThrows(ShellDatabaseException.class, () -> User.query.groupBy("nothing"));
    }

    @Test
    void queriesAreImmutable() {
        ModelQuery<User> base = User.query;
        ModelQuery<User> refined = base.filterBy("role", chapter.user).orderBy("username").limit(1);
        assertEquals(3, base.count());
        assertEquals(List.of("david"), names(refined.all()));
    }

    @Test
    void firstGetAndTheir404Forms() {
        assertNull(User.query.filterBy("username", "nobody").first());
        NotFoundException none = assertThrows(NotFoundException.class,
                () -> User.query.filterBy("username", "nobody").firstOr404());
        assertTrue(none.getMessage().startsWith("404 Not Found: no User matches"), none.getMessage());
        assertEquals("<Role 'Admin'>", Role.query.get(1).toString());
        assertEquals("<Role 'Admin'>", Role.query.get(1L).toString(), "a long id is converted");
        assertNull(Role.query.get(99));
        NotFoundException missing = assertThrows(NotFoundException.class, () -> Role.query.getOr404(99));
        assertEquals("404 Not Found: no Role with id 99", missing.getMessage());
    }

    @Test
    void countHonoursFiltersLimitAndGroups() {
        assertEquals(2, User.query.filterBy("role", chapter.user).count());
        assertEquals(2, User.query.limit(2).count());
        assertEquals(1, User.query.offset(2).count());
        assertEquals(2, User.query.groupBy("role").count(), "two roles have users");
    }

    @Test
    void paginate() {
        Pagination<User> first = User.query.orderBy("username").paginate(1, 2);
        assertEquals(List.of("david", "john"), names(first.items()));
        assertEquals(3, first.total());
        assertEquals(2, first.pages());
        assertTrue(first.hasNext());
        assertFalse(first.hasPrev());
        assertEquals(2, first.nextNum());
        assertNull(first.prevNum());
        Pagination<User> second = User.query.orderBy("username").paginate(2, 2);
        assertEquals(List.of("susan"), names(second.items()));
        assertFalse(second.hasNext());
        assertEquals(1, second.prevNum());
        assertThrows(NotFoundException.class, () -> User.query.paginate(3, 2));
        assertThrows(NotFoundException.class, () -> User.query.paginate(0, 2));
    }

    @Test
    void theDynamicRelationshipIsAQuery() {
        assertEquals(List.of("david", "susan"), names(chapter.user.users().orderBy("username").all()));
        assertEquals(2, chapter.user.users().count());
        assertEquals("<Role 'User'>", chapter.user.users().all().get(0).getRole().toString());
        ShellDatabaseException unsaved = assertThrows(ShellDatabaseException.class, () -> new Role("New").users());
        assertTrue(unsaved.getMessage().contains("not saved yet"), unsaved.getMessage());
    }

    @Test
    void aBadHqlConditionIsOneLine() {
        ShellDatabaseException error = assertThrows(ShellDatabaseException.class,
                () -> User.query.filter("nme = ?1", "x").all());
        assertTrue(error.getMessage().startsWith("Query failed: "), error.getMessage());
        assertFalse(error.getMessage().contains("\n"));
    }

    @Test
    void aTypoInAConditionCostsNoUncommittedWork() {
        chapter.db.session.add(new Role("Pending"));
        chapter.db.session.flush();
        ShellDatabaseException error = assertThrows(ShellDatabaseException.class,
                () -> User.query.filter("nosuch = ?1", 1).all());
        assertTrue(error.getMessage().endsWith("(User has: id, role, username)"), error.getMessage());
        assertTrue(chapter.db.session.hasUncommittedChanges());
        chapter.db.session.commit();
        assertEquals(4, Role.query.count());
    }

    @Test
    void valuesOfTheWrongKindAreRefusedBeforeAnyQuery() {
        ShellDatabaseException role = assertThrows(ShellDatabaseException.class, () -> User.query.filterBy("role", "Admin"));
        assertEquals("User.role is a Role, not a String (Admin)", role.getMessage());
        ShellDatabaseException plural = assertThrows(ShellDatabaseException.class, () -> Role.query.filterBy("users", null));
        assertTrue(plural.getMessage().contains("users is a collection"), plural.getMessage());
        assertEquals(List.of("john"), names(User.query.filterBy("id", 1L).all()), "a long fits an Integer id");
        assertThrows(ShellDatabaseException.class, () -> Role.query.get("one"));
    }

    @Test
    void toStringNeedsNoConnectionSoItWorksWhileTheOnlyOneIsInATransaction() {
        try (Database database = Database.open(dev.ormshell.config.DatabaseUrl.parse("sqlite:///:memory:"),
                dev.ormshell.model.Models.ALL)) {
            Db memory = new Db(database);
            memory.createAll();
            memory.session.add(new Role("Admin"));
            memory.session.flush();
            String sql = Role.query.on(memory).filterBy("name", "Admin").toString();
            assertTrue(sql.matches("select .* from roles \\w+ where \\(\\w+\\.name=\\?\\)"), sql);
            assertEquals(1, Role.query.on(memory).count());
        }
    }
}
