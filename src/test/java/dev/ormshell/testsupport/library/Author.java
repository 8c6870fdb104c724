package dev.ormshell.testsupport.library;

import dev.ormshell.orm.ModelQuery;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A test model other than the chapter's: an author with a lazy collection of books. */
@Entity
@Table(name = "authors")
public class Author {

    public static final ModelQuery<Author> query = ModelQuery.of(Author.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", length = 80)
    private String name;

    @OneToMany(mappedBy = "author", cascade = CascadeType.ALL)
    private List<Book> books = new ArrayList<>();

    protected Author() {
    }

    public Author(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Book> getBooks() {
        return books;
    }

    /** Adds a book by this author (both sides, as JPA wants). */
    public Book write(String title) {
        Book book = new Book(title, this);
        books.add(book);
        return book;
    }

    @Override
    public String toString() {
        return "Author(" + name + ")";
    }
}
