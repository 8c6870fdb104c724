package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void pageArithmetic() {
        Pagination<String> last = new Pagination<>(List.of("x"), 4, 10, 31);
        assertEquals(4, last.pages());
        assertFalse(last.hasNext());
        assertNull(last.nextNum());
        assertEquals(3, last.prevNum());
        assertEquals(0, new Pagination<String>(List.of(), 1, 10, 0).pages());
    }
}
