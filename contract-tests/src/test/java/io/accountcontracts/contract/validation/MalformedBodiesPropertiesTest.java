package io.accountcontracts.contract.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.contract.support.Exchange;
import io.accountcontracts.contract.support.OfflineValidator;
import io.accountcontracts.contract.support.Resources;
import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The seed requests, mangled the ways a hand-typed or cut-off body goes wrong (truncated, a character
 * dropped, doubled or inserted, content after the end). Whatever the parser trips on, the client gets
 * the vendor's 400 in the vendor's shape, saying in plain words what is wrong and where, with nothing of
 * the stub's insides (class, package, library or parser feature names), and no stored record changes.
 */
class MalformedBodiesPropertiesTest {

    private static final String TOKEN = "malformed-token";
    private static final String VANTAGE = "/v2/managed_accounts/acct_dd2fdf6564b60319";
    private static final String EP = "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern PLAIN_MESSAGE =
            Pattern.compile("Request body is not valid JSON: [^\\n]{5,160} at line \\d+, column \\d+\\.");
    // A character the message speaks of is named: 'x' when printable ASCII, U+XXXX (any code point) otherwise.
    private static final Pattern UNNAMED_CHARACTER =
            Pattern.compile("(character|escape sequence)(?! ('[!-~]'|U\\+[0-9A-F]{4,6}\\b))");
    // Words that would give away the stub's insides: Java and library names, parser features, the source.
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)jackson|fasterxml|\\b(com|io|java|javax|jakarta|org)\\.[a-z]|feature|\\bsource\\b|redacted|exception"
                    + "|\\bclass\\b|`|\\(code \\d+\\)|ctrl-char|json(parser|node|token)|deserializ|mismatched|\\bbean\\b");
    private static StubServer stub;

    @BeforeContainer
    static void start() {
        stub = StubServer.start(StubConfig.forTests(TOKEN));
    }

    @AfterContainer
    static void stop() {
        stub.close();
    }

    /** A seed body and one way it was mangled. */
    record Mangled(String path, String body, String how) {
        @Override
        public String toString() {
            return how + " " + path + ": " + body;
        }
    }

    @Property
    void mangledBodyGetsThePlainVendor400AndChangesNothing(@ForAll("mangled") Mangled request) throws Exception {
        boolean stillJson = isJson(request.body());
        Statistics.collect(request.how(), stillJson ? "still JSON" : "malformed");
        String before = snapshot();

        Exchange exchange = put(request.path(), request.body());

        ValidationReport response = OfflineValidator.forPath(request.path()).validateResponse(exchange);
        assertFalse(response.hasErrors(), "not the vendor's shape: " + response.getMessages());
        assertTrue(exchange.status() < 500, exchange.status() + " " + exchange.responseBody());
        if (stillJson) {
            return; // a lucky mangle: the schema decides, as the other properties check
        }
        assertEquals(400, exchange.status(), exchange.responseBody());
        List<String> messages = messages(request.path(), exchange.responseBody());
        assertEquals(1, messages.size(), exchange.responseBody());
        String message = messages.get(0);
        assertTrue(PLAIN_MESSAGE.matcher(message).matches(), "not a plain message: " + message);
        assertFalse(UNNAMED_CHARACTER.matcher(message).find(), "does not name the character: " + message);
        assertFalse(INTERNALS.matcher(message).find(), "gives away internals: " + message);
        assertEquals(before, snapshot(), "a refused request changed stored state");
    }

    @Provide
    Arbitrary<Mangled> mangled() {
        Arbitrary<String[]> seeds = Arbitraries.of(
                new String[] {VANTAGE, Resources.text("/seed-requests/vantage-update-managed-account.json")},
                new String[] {EP, Resources.text("/seed-requests/elasticpath-update-account.json")});
        // Beyond Latin-1 too: a character the parser names by a longer code, a byte order mark, an emoji (two
        // UTF-16 units).
        Arbitrary<String> junk = Arbitraries.oneOf(
                Arbitraries.of('{', '}', '[', ']', ',', ':', '"', '\\', '/', '\'', '#', 'x', '0', '-', '.', 'e', '+')
                        .map(String::valueOf),
                Arbitraries.chars().range('\u0000', '\u001f').map(String::valueOf),
                Arbitraries.chars().range('\u00a0', '\u2fff').map(String::valueOf),
                Arbitraries.of("\ufeff", "\ud83d\ude00", "\u0100"));
        return Combinators.combine(
                        seeds,
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.doubles().between(0, 1),
                        junk)
                .as((seed, how, where, c) -> mangle(seed[0], seed[1].strip(), how, where, c));
    }

    private static Mangled mangle(String path, String body, int how, double where, String c) {
        int at = (int) (where * (body.length() - 1));
        return switch (how) {
            case 0 -> new Mangled(path, body.substring(0, Math.max(1, at)), "truncated");
            case 1 -> new Mangled(path, body.substring(0, at) + body.substring(at + 1), "character dropped");
            case 2 ->
                new Mangled(path, body.substring(0, at) + body.charAt(at) + body.substring(at), "character doubled");
            case 3 -> new Mangled(path, body.substring(0, at) + c + body.substring(at), "character inserted");
            case 4 -> new Mangled(path, body + c + body.substring(0, at), "content after the end");
            default -> new Mangled(path, body.substring(0, at) + c + body.substring(at + 1), "character replaced");
        };
    }

    private static boolean isJson(String body) {
        try (var parser = JSON.createParser(body)) {
            JSON.readTree(parser);
            return parser.nextToken() == null;
        } catch (Exception e) {
            return false;
        }
    }

    private static List<String> messages(String path, String body) throws Exception {
        List<String> messages = new ArrayList<>();
        for (JsonNode error : JSON.readTree(body).get("errors")) {
            messages.add(
                    path.equals(VANTAGE) ? error.asText() : error.get("detail").asText());
        }
        return messages;
    }

    private static String snapshot() throws Exception {
        return JSON.writeValueAsString(stub.stores().managedAccounts().all())
                + JSON.writeValueAsString(stub.stores().accounts().all());
    }

    private static Exchange put(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stub.baseUri() + path))
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN)
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Exchange(
                "PUT",
                path,
                Map.of("Content-Type", List.of("application/json")),
                body,
                response.statusCode(),
                response.headers().map(),
                response.body());
    }
}
