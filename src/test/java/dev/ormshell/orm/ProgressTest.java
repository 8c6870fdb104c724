package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.model.User;
import dev.ormshell.render.ProgressText;
import dev.ormshell.testsupport.ChapterDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long work says what it is, and the DataSource counts its rows as they are sent. */
class ProgressTest {

    @TempDir
    Path folder;

    private ChapterDatabase chapter;
    private final List<Progress.Snapshot> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        chapter = new ChapterDatabase(folder);
        SpyingDataSource source = chapter.db.database().dataSource();
        source.addListener((sql, parameters) -> {
            Progress.Snapshot now = source.progress().now();
            if (now != null) {
                seen.add(now);
            }
        });
    }

    @AfterEach
    void close() {
        chapter.close();
    }

    private static List<User> users(int count) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(new User("user" + i, null));
        }
        return users;
    }

    @Test
    void aHugeAddAllCountsItsRowsAsTheyAreSentAndEnds() {
        chapter.db.session.addAll(users(25_000));
        assertNull(chapter.db.database().dataSource().progress().now());
        assertTrue(seen.stream().allMatch(s -> s.task().equals("addAll") && s.total() == 25_000), seen.get(0).toString());
        long most = seen.stream().mapToLong(Progress.Snapshot::done).max().orElse(0);
        assertTrue(most >= 24_000 && most <= 25_000, "rows counted: " + most);
    }

    @Test
    void aCommitOfManyPendingObjectsIsOneTaskAndAFlushInsideItDoesNotStartAnother() {
        chapter.db.session.addAll(users(5_000));
        chapter.db.session.commit();
        assertTrue(seen.stream().allMatch(s -> s.task().equals("commit") && s.total() == 5_000), seen.get(0).toString());
        assertTrue(seen.stream().mapToLong(Progress.Snapshot::done).max().orElse(0) >= 4_900);
        assertEquals(5_000L, chapter.db.session.hibernate().createQuery("select count(u) from User u", Long.class).getSingleResult());
    }

    @Test
    void theLineSaysDoneOfTotalRateAndTimeLeft() {
        assertEquals("addAll  [██████░░░░░░░░░░░░░░░░░░]  25,000 / 100,000 rows  12,500 rows/s  6.0 s left",
                ProgressText.line("addAll", "rows", 25_000, 100_000, 2.0, 200));
        assertEquals("flush  3,000 rows  1,500 rows/s  2.0 s", ProgressText.line("flush", "rows", 3_000, 0, 2.0, 200));
        assertEquals("upgrade  [", ProgressText.line("upgrade", "migrations", 1, 3, 90, 10));
    }
}
