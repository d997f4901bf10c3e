package org.officialvoices.publish;

/**
 * A deploy that cannot go on for a reason the user can fix (credentials, bucket, endpoint, site folder,
 * too many deletions). The message is one line saying what happened and what to do; it never holds a secret.
 */
public final class DeployFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeployFailed(String message) {
        super(message);
    }

    public DeployFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
