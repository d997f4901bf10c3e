package org.officialvoices.content;

import org.officialvoices.diag.Pos;

/**
 * An aggregate figure that belongs to no single account, such as internet users in China in 2019.
 *
 * @param period the span a count covers (accounts created in 2019), or null when the figure is a level on its date
 */
public record Figure(String id, Pos idPos, String label, Observation observation, Period period) {
}
