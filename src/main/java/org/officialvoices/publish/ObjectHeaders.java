package org.officialvoices.publish;

/** The HTTP headers an object is served with; {@code contentEncoding} is null when the bytes are stored as they are. */
public record ObjectHeaders(String contentType, String cacheControl, String contentEncoding) {

    public boolean gzipped() {
        return "gzip".equals(contentEncoding);
    }
}
