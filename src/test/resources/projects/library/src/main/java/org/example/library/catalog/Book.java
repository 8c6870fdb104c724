package org.example.library.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.validation.constraints.NotBlank;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.example.library.catalog.types.Genre;

@Entity
public class Book {

    @Id
    @GeneratedValue
    private UUID id;

    @NotBlank
    private String title;

    @Enumerated(EnumType.STRING)
    private Genre genre;

    private Isbn isbn;

    @ManyToMany
    @JoinTable(name = "book_authors")
    private Set<Author> authors = new HashSet<>();

    protected Book() {
    }

    public Book(String title, Genre genre, Isbn isbn) {
        this.title = title;
        this.genre = genre;
        this.isbn = isbn;
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Genre getGenre() {
        return genre;
    }

    public Isbn getIsbn() {
        return isbn;
    }

    public Set<Author> getAuthors() {
        return authors;
    }

    public Book by(Author author) {
        authors.add(author);
        author.getBooks().add(this);
        return this;
    }

    @Override
    public String toString() {
        return "Book[" + title + "]";
    }
}
