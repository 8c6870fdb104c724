package dev.ormshell.repl.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HqlCommandTest {

    @Test
    void theSelectListNamesTheColumns() {
        assertEquals(List.of("u.role.name", "count(u)"),
                HqlCommand.selectList("select u.role.name, count(u) from User u group by u.role.name"));
        assertEquals(List.of("coalesce(u.username, 'x, y')", "u.id"),
                HqlCommand.selectList("SELECT DISTINCT coalesce(u.username, 'x, y'), u.id FROM User u"));
        assertEquals(List.of("'a, b from c'", "u.id"), HqlCommand.selectList("select 'a, b from c', u.id from User u"));
        assertEquals(List.of(), HqlCommand.selectList("from Role"));
    }
}
