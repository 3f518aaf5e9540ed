package io.accountcontracts.stub.proxy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Whether a request path holds a {@code .} or {@code ..} segment (RFC 3986 section 3.3), written plainly or
 * percent-encoded ({@code %2e%2e}, {@code .%2E}). The upstream, or anything between, may resolve one, and a
 * {@code ..} climbs out of the base path {@code --proxy} names, with the caller's credentials: the proxy forwards
 * neither.
 */
final class DotSegments {

    private DotSegments() {}

    static boolean in(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        for (String segment : rawPath.split("/", -1)) {
            // Decoded, an encoded slash or backslash may make more segments of one; some servers also drop a
            // ";param" before resolving ("..;x" is ".." to them).
            for (String part : decoded(segment).split("[/\\\\]", -1)) {
                int semicolon = part.indexOf(';');
                String bare = semicolon < 0 ? part : part.substring(0, semicolon);
                if (bare.equals(".") || bare.equals("..")) {
                    return true;
                }
            }
        }
        return false;
    }

    // Decoded up to three times over, for a server that decodes twice (%252e); lenient: a malformed escape
    // stays as it is, which is no dot.
    private static String decoded(String segment) {
        String text = segment;
        for (int round = 0; round < 3 && text.indexOf('%') >= 0; round++) {
            text = decodedOnce(text);
        }
        return text;
    }

    private static String decodedOnce(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && hex(segment, i + 1) && hex(segment, i + 2)) {
                bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean hex(String text, int at) {
        return at < text.length() && Character.digit(text.charAt(at), 16) >= 0;
    }
}
