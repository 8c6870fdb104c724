package dev.ormshell.model;

import dev.ormshell.orm.ModelQuery;
import dev.ormshell.orm.Repr;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A user with one role: the chapter's {@code users} table. */
@Entity
@Table(name = "users",
        // The chapter's index=True, unique=True: a unique index with SQLAlchemy's name.
        indexes = @Index(name = "ix_users_username", columnList = "username", unique = true))
public class User {

    /** The chapter's {@code User.query}. */
    public static final ModelQuery<User> query = ModelQuery.of(User.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(length = 64)
    private String username;

    // Adding a user adds its role too, as SQLAlchemy's save-update cascade does.
    @ManyToOne(cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @JoinColumn(name = "role_id", foreignKey = @ForeignKey(name = "fk_users_role_id_roles"))
    private Role role;

    protected User() {
    }

    public User(String username) {
        this.username = username;
    }

    public User(String username, Role role) {
        this.username = username;
        this.role = role;
    }

    public Integer getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    @Override
    public String toString() {
        return "<User " + Repr.quoted(username) + ">";
    }
}
