package org.officialvoices.content;

import org.officialvoices.diag.Pos;

/** A kind of account owner (police, embassy, state media, ...), from {@code kinds.json}. */
public record Kind(String id, Pos idPos, String label, String plural, String summary) {
}
