package dev.ormshell.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PasswordMaskTest {

    @Test
    void masksTheCredentialsOfAUrlEvenWhenItCannotBeParsed() {
        assertEquals("postgresql://u:***@h/db", PasswordMask.inUrl("postgresql://u:a/b?c@d@h/db"));
        assertEquals("postgresql://u@h/db", PasswordMask.inUrl("postgresql://u@h/db"));
        assertEquals("postgresql://h:5432/db", PasswordMask.inUrl("postgresql://h:5432/db"));
        assertEquals("u:***@h/db", PasswordMask.inUrl("u:pw@h/db"));
        assertEquals("jdbc:oracle:thin:@h:1521/x", PasswordMask.inUrl("jdbc:oracle:thin:@h:1521/x"));
    }

    @Test
    void masksPasswordParametersWhateverTheSeparator() {
        assertEquals("jdbc:x://h/db?user=u&password=***&a=b", PasswordMask.inUrl("jdbc:x://h/db?user=u&password=pw&a=b"));
        assertEquals("jdbc:x://h;PASSWORD=***;a=b", PasswordMask.inUrl("jdbc:x://h;PASSWORD=pw;a=b"));
    }

    @Test
    void removesAPasswordParameterAndKeepsTheRest() {
        assertEquals("jdbc:x://h/db?a=b", PasswordMask.withoutParameter("jdbc:x://h/db?password=pw&a=b"));
        assertEquals("jdbc:x://h/db?a=b", PasswordMask.withoutParameter("jdbc:x://h/db?a=b&password=pw"));
        assertEquals("jdbc:x://h/db", PasswordMask.withoutParameter("jdbc:x://h/db?password=pw"));
        assertEquals("pw", PasswordMask.parameter("jdbc:x://h/db?a=b&password=pw"));
    }

    @Test
    void masksThePasswordWhereverAMessageQuotesIt() {
        assertEquals("login as u with *** failed", PasswordMask.inText("login as u with s3cret failed", "s3cret"));
        assertEquals("unchanged", PasswordMask.inText("unchanged", null));
    }

    @Test
    void masksEveryUrlOfACommandLine() {
        assertEquals("dev.ormshell.cli.Main run --url postgresql://u:***@h/db --url=mysql://a:***@h/x s.jsh",
                PasswordMask.inCommandLine("dev.ormshell.cli.Main run --url postgresql://u:pw@h/db --url=mysql://a:b@h/x s.jsh"));
    }
}
