package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How many rows one multi-row insert takes: all that fit the budget, and never none. */
class KeyedBatchInsertTest {

    @Test
    void smallRowsAllGoInOneStatement() {
        List<Object[]> rows = Collections.nCopies(1_000, new Object[] {"user00001", 7L});
        assertEquals(1_000, KeyedBatchInsert.rowsFitting(rows, 0, 4_000_000));
        assertEquals(400, KeyedBatchInsert.rowsFitting(rows, 600, 4_000_000));
    }

    @Test
    void bigRowsAreSplitBeforeTheBudgetIsPassed() {
        Object[] row = {"x".repeat(1_000), new byte[500], null};
        // Guessed: 8,002 for the text, 1,003 for the bytes, 24 for the null: 9,029 a row.
        List<Object[]> rows = Collections.nCopies(5, row);
        assertEquals(2, KeyedBatchInsert.rowsFitting(rows, 0, 20_000));
        assertEquals(2, KeyedBatchInsert.rowsFitting(rows, 2, 20_000));
        assertEquals(1, KeyedBatchInsert.rowsFitting(rows, 4, 20_000));
    }

    @Test
    void aRowBiggerThanTheBudgetStillGoesAlone() {
        List<Object[]> rows = List.of(new Object[] {"y".repeat(10_000)}, new Object[] {"z"});
        assertEquals(1, KeyedBatchInsert.rowsFitting(rows, 0, 100));
        assertEquals(1, KeyedBatchInsert.rowsFitting(rows, 1, 100));
    }
}
