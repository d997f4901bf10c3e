package org.officialvoices.publish;

import java.util.regex.Pattern;

/**
 * Where a site goes: {@code s3://BUCKET[/PREFIX]}. The prefix has no leading or trailing slash; an empty
 * prefix means the bucket's top. Usage: {@code S3Url.parse("s3://reports/official-voices").key("index.html")}.
 */
public record S3Url(String bucket, String prefix) {

    // S3's rules for new buckets, with underscores allowed for Google Cloud Storage's names
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~@+=,-]+");

    /** Reads {@code s3://BUCKET[/PREFIX]}; a malformed URL fails with a message that shows the right form. */
    public static S3Url parse(String url) {
        if (!url.startsWith("s3://")) {
            throw new DeployFailed("--to needs an s3://BUCKET[/PREFIX] URL, got \"" + url + "\"");
        }
        String rest = url.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        if (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (!BUCKET.matcher(bucket).matches()) {
            throw new DeployFailed("\"" + bucket + "\" in " + url + " is not a bucket name: use 3 to 63 lowercase letters,"
                    + " digits, dots and hyphens, as in s3://my-site-bucket/reports");
        }
        if (!prefix.isEmpty()) {
            for (String segment : prefix.split("/", -1)) {
                if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                    throw new DeployFailed("the prefix \"" + prefix + "\" in " + url + " is not a plain folder path:"
                            + " use names of letters, digits, '-', '_' and '.' separated by single slashes");
                }
            }
        }
        return new S3Url(bucket, prefix);
    }

    /** The object key of a file at {@code relative} (with '/' separators) inside the site. */
    public String key(String relative) {
        return prefix.isEmpty() ? relative : prefix + "/" + relative;
    }

    /** The start every key of this site has: empty, or the prefix and a slash. */
    public String keyStart() {
        return prefix.isEmpty() ? "" : prefix + "/";
    }

    @Override
    public String toString() {
        return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
    }
}
