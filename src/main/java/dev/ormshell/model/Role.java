package dev.ormshell.model;

import dev.ormshell.orm.ModelQuery;
import dev.ormshell.orm.Repr;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A user role: the chapter's {@code roles} table. */
@Entity
@Table(name = "roles")
public class Role {

    /** The chapter's {@code Role.query}: every refinement returns a new query. */
    public static final ModelQuery<Role> query = ModelQuery.of(Role.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(length = 64, unique = true)
    private String name;

    // Mapped so HQL can say "join r.users"; read it through users(), which is a query.
    @OneToMany(mappedBy = "role")
    private List<User> users = new ArrayList<>();

    protected Role() {
    }

    public Role(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The chapter's dynamic relationship: a query of this role's users, not yet run. */
    public ModelQuery<User> users() {
        return User.query.filterBy("role", this);
    }

    @Override
    public String toString() {
        return "<Role " + Repr.quoted(name) + ">";
    }
}
