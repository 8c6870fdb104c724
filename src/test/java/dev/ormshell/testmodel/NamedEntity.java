package dev.ormshell.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** An entity with a name, which its toString() prints (inherited by every named entity). */
@MappedSuperclass
public class NamedEntity extends BaseEntity {

    @Column(length = 40)
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
