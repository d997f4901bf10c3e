package org.officialvoices.content;

/** A licence under which the report's text or data may be reused: {@code CC BY 4.0} and its address. */
public record Licence(String name, String url) {
}
