package dev.ormshell.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelsTest {

    @Test
    void everyEntityOfThePackageIsFoundAndNothingElse() {
        assertEquals(List.of(Role.class, User.class), Models.ALL);
    }

    @Test
    void entitiesPrintAsTheChapterShowsThem() {
        assertEquals("<Role 'Admin'>", new Role("Admin").toString());
        assertEquals("<User 'john'>", new User("john").toString());
        assertEquals("<Role \"O'Brien\">", new Role("O'Brien").toString());
        assertEquals("<Role null>", new Role(null).toString());
    }
}
