package org.officialvoices.site;

import java.util.List;

/** Position in a listing split into pages of {@link #SIZE} rows, so no page grows with the data. */
public record Pager(int page, int pages, String base) {

    public static final int SIZE = 100;

    public static int pageCount(int items) {
        return Math.max(1, (items + SIZE - 1) / SIZE);
    }

    /** The rows of page {@code page} (1-based). */
    public static <T> List<T> slice(List<T> items, int page) {
        int from = Math.min(items.size(), (page - 1) * SIZE);
        return items.subList(from, Math.min(items.size(), from + SIZE));
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public String route(int n) {
        return Routes.paged(base, n);
    }

    /** Row number of the first row on this page, 1-based, for "rows 101–200 of 350". */
    public int firstRow() {
        return (page - 1) * SIZE + 1;
    }
}
