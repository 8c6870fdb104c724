package dev.ormshell.testsupport.library;

import dev.ormshell.orm.ModelQuery;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;

/** A book with its author (an eager many-to-one, as JPA's default is). */
@Entity
@Table(name = "books")
public class Book {

    /** The library model's entity classes. */
    public static final List<Class<?>> MODEL = List.of(Author.class, Book.class);

    public static final ModelQuery<Book> query = ModelQuery.of(Book.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    private Integer pages;

    @ManyToOne
    @JoinColumn(name = "written_by")
    private Author author;

    protected Book() {
    }

    public Book(String title, Author author) {
        this.title = title;
        this.author = author;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getPages() {
        return pages;
    }

    public void setPages(Integer pages) {
        this.pages = pages;
    }

    public Author getAuthor() {
        return author;
    }

    public void setAuthor(Author author) {
        this.author = author;
    }

    @Override
    public String toString() {
        return "Book(" + title + ")";
    }
}
