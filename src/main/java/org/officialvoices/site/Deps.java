package org.officialvoices.site;

import java.util.ArrayList;
import java.util.List;

import org.officialvoices.content.Account;
import org.officialvoices.content.Observation;

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

    /** An account's row in a table: its own record, its platform's and kind's names, its latest figure's source. */
    Deps row(Account a) {
        account(a).add(key("platform", a.platform().id())).add(key("kind", a.kind().id()));
        for (Observation o : a.observations()) {
            add(key("source", o.source().id()));
        }
        return this;
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
