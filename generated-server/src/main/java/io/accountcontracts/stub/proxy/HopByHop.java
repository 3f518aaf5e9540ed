package io.accountcontracts.stub.proxy;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which headers a proxy must not pass on: those that describe one connection rather than the message (RFC
 * 9110 section 7.6.1: Connection and every header it names, Keep-Alive, Proxy-*, TE, Trailer,
 * Transfer-Encoding, Upgrade), and those the sending side computes itself for its own connection.
 */
public final class HopByHop {

    private static final Set<String> CONNECTION_ONLY =
            Set.of("connection", "keep-alive", "te", "trailer", "trailers", "transfer-encoding", "upgrade");
    // The JDK's HTTP client sets these itself (Host from the URL) and refuses to be given them.
    private static final Set<String> CLIENT_SETS = Set.of("content-length", "expect", "host");
    // The stub's server frames the answer it sends again, so it computes the length itself.
    private static final Set<String> SERVER_SETS = Set.of("content-length");

    private HopByHop() {}

    /** The caller's headers that are forwarded to the upstream, in their order and spelling. */
    public static Map<String, List<String>> forRequest(Map<String, List<String>> headers) {
        return keep(headers, CLIENT_SETS);
    }

    /** The upstream's headers that go back to the caller. */
    public static Map<String, List<String>> forResponse(Map<String, List<String>> headers) {
        return keep(headers, SERVER_SETS);
    }

    private static Map<String, List<String>> keep(Map<String, List<String>> headers, Set<String> alsoDropped) {
        Set<String> named = namedInConnection(headers);
        Map<String, List<String>> kept = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (!CONNECTION_ONLY.contains(key)
                    && !key.startsWith("proxy-")
                    && !alsoDropped.contains(key)
                    && !named.contains(key)) {
                kept.put(name, List.copyOf(values));
            }
        });
        return kept;
    }

    // "Connection: close, X-Foo" makes X-Foo a header of this connection only.
    private static Set<String> namedInConnection(Map<String, List<String>> headers) {
        Set<String> named = new HashSet<>();
        headers.forEach((name, values) -> {
            if (name.equalsIgnoreCase("connection")) {
                for (String value : values) {
                    for (String token : value.split(",")) {
                        if (!token.isBlank()) {
                            named.add(token.strip().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        });
        return named;
    }
}
