package io.accountcontracts.stub.recording;

import java.net.URI;

/** The upstream URL as a recording shows it: user info and credential query parameters redacted. */
final class Urls {

    private Urls() {}

    static String redacted(URI uri) {
        if (uri.isOpaque() || uri.getRawAuthority() == null) {
            return uri.toString();
        }
        StringBuilder url = new StringBuilder(uri.getScheme()).append("://");
        if (uri.getRawUserInfo() != null) {
            url.append(Redaction.REDACTED).append('@');
        }
        url.append(hostAndPort(uri)).append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            url.append('?').append(Redaction.rawQuery(uri.getRawQuery()));
        }
        if (uri.getRawFragment() != null) {
            url.append('#').append(uri.getRawFragment());
        }
        return url.toString();
    }

    private static String hostAndPort(URI uri) {
        String authority = uri.getRawAuthority();
        return authority.substring(authority.lastIndexOf('@') + 1);
    }
}
