package dev.ormshell.testmodel;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** An owner: no toString() of its own, an embedded address, a lazy list of pets. */
@Entity
@Table(name = "owners")
public class Owner extends Person {

    @Embedded
    private Address address;

    private String telephone;

    @OneToMany(mappedBy = "owner")
    private List<Pet> pets = new ArrayList<>();

    protected Owner() {
    }

    public Owner(String firstName, String lastName, Address address, String telephone) {
        super(firstName, lastName);
        this.address = address;
        this.telephone = telephone;
    }

    public Address getAddress() {
        return address;
    }

    public String getTelephone() {
        return telephone;
    }

    public List<Pet> getPets() {
        return pets;
    }
}
