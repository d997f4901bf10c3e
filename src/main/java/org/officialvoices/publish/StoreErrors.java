package org.officialvoices.publish;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Set;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Turns the SDK's exceptions into one line each that says what went wrong and what to do. Messages name the
 * endpoint, bucket and error code, never a key or secret.
 */
final class StoreErrors {

    private static final Set<String> CREDENTIALS = Set.of("InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken",
            "ExpiredToken", "TokenRefreshRequired", "InvalidSecurity", "InvalidClientTokenId", "Unauthorized");

    private final S3Url target;
    private final String where;

    StoreErrors(S3Url target, String where) {
        this.target = target;
        this.where = where;
    }

    DeployFailed explain(SdkException e, String action) {
        if (e instanceof S3Exception s3) {
            return explain(s3, action);
        }
        Throwable unreachable = cause(e);
        if (unreachable != null) {
            return new DeployFailed("cannot reach " + where + " (" + describe(unreachable)
                    + "): check --endpoint and the network, then run deploy again", e);
        }
        String message = String.valueOf(e.getMessage());
        if (e instanceof SdkClientException && message.contains("credentials")) {
            return new DeployFailed("no credentials found for " + where + ": set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
                    + " (or AWS_PROFILE) in the environment", e);
        }
        return new DeployFailed(action + " in " + target + " failed: " + firstLine(message), e);
    }

    private DeployFailed explain(S3Exception e, String action) {
        String code = e.awsErrorDetails() != null ? String.valueOf(e.awsErrorDetails().errorCode()) : "";
        int status = e.statusCode();
        if (code.equals("NoSuchBucket") || (status == 404 && action.startsWith("listing"))) {
            return new DeployFailed("bucket \"" + target.bucket() + "\" does not exist at " + where
                    + ": create it first, or correct the bucket in --to" + (where.equals("AWS S3") ? "" : " and --endpoint"), e);
        }
        if (CREDENTIALS.contains(code) || status == 401) {
            return new DeployFailed(where + " refused the credentials (" + code + "): check AWS_ACCESS_KEY_ID and"
                    + " AWS_SECRET_ACCESS_KEY (or AWS_PROFILE)", e);
        }
        if (code.equals("AccessDenied") || status == 403) {
            return new DeployFailed(where + " denied " + action + " in bucket \"" + target.bucket() + "\" (" + code
                    + "): the credentials need permission to list, read, write and delete objects there", e);
        }
        if (code.equals("PermanentRedirect") || code.equals("AuthorizationHeaderMalformed") || status == 301) {
            return new DeployFailed("bucket \"" + target.bucket() + "\" is in another region (" + code
                    + "): pass its region with --region", e);
        }
        return new DeployFailed(action + " in " + target + " failed: " + where + " answered " + status
                + (code.isEmpty() ? "" : " " + code) + ": " + firstLine(String.valueOf(e.awsErrorDetails() != null
                        ? e.awsErrorDetails().errorMessage() : e.getMessage())) + "; run deploy again to finish", e);
    }

    private static Throwable cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException
                    || t.getClass().getName().endsWith("ConnectTimeoutException")
                    || t.getClass().getName().endsWith("HttpHostConnectException")) {
                return t;
            }
        }
        return null;
    }

    private static String describe(Throwable t) {
        if (t instanceof UnknownHostException) {
            return "unknown host " + t.getMessage();
        }
        return t.getMessage() != null ? firstLine(t.getMessage()) : t.getClass().getSimpleName();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
