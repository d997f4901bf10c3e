package org.officialvoices.check;

import org.officialvoices.content.Content;
import org.officialvoices.diag.Diagnostics;

/** One validation rule over the whole content; it reports every problem it finds, it never throws for bad input. */
interface Rule {

    void check(Content content, Known known, Diagnostics diagnostics);
}
