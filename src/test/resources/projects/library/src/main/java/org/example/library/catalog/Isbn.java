package org.example.library.catalog;

/** An ISBN, stored as its digits (see IsbnConverter). */
public record Isbn(String digits) {

    public static Isbn of(String text) {
        return new Isbn(text.replace("-", ""));
    }
}
