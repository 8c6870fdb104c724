package dev.ormshell.orm;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;

/**
 * A test-only model other than the chapter's: a book must have an author (its foreign key is
 * NOT NULL) and may stand on a shelf; both references cascade persist, as User.role does.
 */
final class LibraryEntities {

    static final List<Class<?>> ALL = List.of(Author.class, Shelf.class, Book.class);

    private LibraryEntities() {
    }

    @Entity
    @Table(name = "authors")
    static class Author {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;
        String name;

        Author() {
        }

        Author(String name) {
            this.name = name;
        }
    }

    @Entity
    @Table(name = "shelves")
    static class Shelf {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        String label;

        Shelf() {
        }

        Shelf(String label) {
            this.label = label;
        }
    }

    @Entity
    @Table(name = "books")
    static class Book {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;
        String title;

        @ManyToOne(optional = false, cascade = CascadeType.PERSIST)
        @JoinColumn(name = "author_id", nullable = false)
        Author author;

        @ManyToOne(cascade = CascadeType.PERSIST)
        @JoinColumn(name = "shelf_id")
        Shelf shelf;

        Book() {
        }

        Book(String title, Author author, Shelf shelf) {
            this.title = title;
            this.author = author;
            this.shelf = shelf;
        }
    }
}
