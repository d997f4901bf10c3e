package org.officialvoices.site;

import java.util.ArrayList;
import java.util.List;

import org.officialvoices.content.Account;

/**
 * What one page is made of, as keys of the records it shows ({@code account:alhambra-police-weibo},
 * {@code source:zhang-alhambra-weibo}) and of its shape (how many rows, which page of how many). Serve mode
 * keeps these lists from one build to the next: a page is rendered again when one of its records changed
 * (see {@link ContentDiff}) or when its list itself differs, which catches rows that moved between pages.
 *
 * <p>Example: {@code Deps.page().account(a).count(12).keys()}.
 */
public final class Deps {

    /** A page that shows something of every record, such as the home page's latest figures and totals. */
    public static final String EVERYTHING = "*";
    static final String SITE = "site";
    static final String ROW = "row";

    private final List<String> keys = new ArrayList<>();

    private Deps() {
    }

    /** Every page shows the site's settings (title, base URL, data date) in its layout. */
    static Deps page() {
        return new Deps().add(SITE);
    }

    static String key(String kind, String id) {
        return kind + ":" + id;
    }

    Deps add(String key) {
        keys.add(key);
        return this;
    }

    Deps account(Account a) {
        return add(key("account", a.id()));
    }

    /**
     * An account's row in a table, which shows its record, its platform's and kind's names and its latest
     * figure's source: one key, which {@link ContentDiff} marks changed when any of those changed.
     */
    Deps row(Account a) {
        return add(key(ROW, a.id()));
    }

    Deps rows(List<Account> accounts) {
        accounts.forEach(this::row);
        return this;
    }

    Deps source(String id) {
        return add(key("source", id));
    }

    /** A number the page shows or a position it has, so the page is redone when it changes. */
    Deps count(int n) {
        return add("#" + n);
    }

    public List<String> keys() {
        return List.copyOf(keys);
    }
}
