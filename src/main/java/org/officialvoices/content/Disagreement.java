package org.officialvoices.content;

import java.util.List;

import org.officialvoices.diag.Pos;

/**
 * Sources that say different things about one account, all recorded so the page shows them side by side
 * instead of silently picking one: "sources differ on the launch date: September 2013 (Zhang); 9 December 2013 (…)".
 *
 * @param about  what they differ on, as a reader would say it ("the launch date")
 * @param claims what each source says, at least two
 * @param note   our reading of the difference, or null
 */
public record Disagreement(String about, List<Claim> claims, String note, Pos pos) {

    public Disagreement {
        claims = List.copyOf(claims);
    }

    /** What one source says, in our words, such as "9 December 2013". */
    public record Claim(String says, Ref source) {
    }
}
