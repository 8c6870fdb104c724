package dev.ormshell.orm;

import java.util.List;

/**
 * One page of a query's results, as Flask-SQLAlchemy's {@code paginate()} returns it.
 *
 * @param items   the rows of this page
 * @param page    the page number, from 1
 * @param perPage the page size
 * @param total   the number of rows of the whole query
 */
public record Pagination<T>(List<T> items, int page, int perPage, long total) {

    public int pages() {
        return perPage == 0 ? 0 : (int) ((total + perPage - 1) / perPage);
    }

    public boolean hasPrev() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The previous page number, or null on the first page. */
    public Integer prevNum() {
        return hasPrev() ? page - 1 : null;
    }

    /** The next page number, or null on the last page. */
    public Integer nextNum() {
        return hasNext() ? page + 1 : null;
    }

    @Override
    public String toString() {
        return toString(String::valueOf);
    }

    /** The same text, each item written by the given function (the shell prints entities its own way). */
    public String toString(java.util.function.Function<Object, String> itemText) {
        return "<Pagination page " + page + " of " + pages() + ", " + items.size() + " of " + total + " items: ["
                + String.join(", ", items.stream().map(itemText).toList()) + "]>";
    }
}
