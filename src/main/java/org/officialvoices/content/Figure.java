package org.officialvoices.content;

import org.officialvoices.diag.Pos;

/** An aggregate figure that belongs to no single account, such as internet users in China in 2019. */
public record Figure(String id, Pos idPos, String label, Observation observation) {
}
