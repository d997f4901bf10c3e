package org.officialvoices.content;

import org.officialvoices.diag.Pos;

/** A social network, from {@code platforms.json}; {@code launched} may be null. */
public record Platform(String id, Pos idPos, String name, String nameZh, Dated launched, String summary) {
}
