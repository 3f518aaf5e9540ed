package io.accountcontracts.contract.junit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The account id a journaled path names. TODO replaced by the router's own, once it knows templates. */
final class PathIds {

    private PathIds() {}

    static String of(String operationId, String path) {
        if (operationId == null || path == null) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        return URLDecoder.decode(path.substring(slash + 1), StandardCharsets.UTF_8);
    }
}
