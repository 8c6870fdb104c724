package dev.ormshell.migrate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.util.List;

/** A test-only model whose attribute {@code username} becomes {@code login}, with its unique constraint and its index. */
final class RenameEntities {

    static final List<Class<?>> V1 = List.of(AccountV1.class);
    static final List<Class<?>> RENAMED = List.of(AccountRenamed.class);

    private RenameEntities() {
    }

    @Entity(name = "AccountV1")
    @Table(name = "accounts", indexes = @Index(name = "ix_accounts_username_email", columnList = "username, email"))
    static class AccountV1 {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(length = 64, unique = true)
        String username;

        @Column(length = 120)
        String email;
    }

    @Entity(name = "AccountRenamed")
    @Table(name = "accounts", indexes = @Index(name = "ix_accounts_login_email", columnList = "login, email"))
    static class AccountRenamed {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(length = 64, unique = true)
        String login;

        @Column(length = 120)
        String email;
    }
}
