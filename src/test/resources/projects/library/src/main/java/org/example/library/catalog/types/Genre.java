package org.example.library.catalog.types;

public enum Genre {
    NOVEL, POETRY, HISTORY, SCIENCE
}
