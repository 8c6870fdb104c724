package org.example.library.catalog;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import java.util.HashSet;
import java.util.Set;
import org.example.library.model.Address;
import org.example.library.model.Person;

@Entity
public class Author extends Person {

    @Embedded
    private Address address;

    @ManyToMany(mappedBy = "authors")
    private Set<Book> books = new HashSet<>();

    protected Author() {
    }

    public Author(String firstName, String lastName, Address address) {
        super(firstName, lastName);
        this.address = address;
    }

    public Address getAddress() {
        return address;
    }

    public Set<Book> getBooks() {
        return books;
    }
}
